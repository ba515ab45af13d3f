/**
 * Every word the reader sees in Russian. Terms, statuses and names follow
 * ../shared/facts/ru.md; the grammar English does not need (cases, gender, four plural forms,
 * dates in the genitive and prepositional) lives here, fed with codes, dates and counts.
 */
import type { PartialTie } from '../encoding.ts';
import type { EulerRegion } from '../euler.ts';
import type { Attendance, AttendanceShown, AttendeeId, AttendeeRecord, Organisation } from '../meetings.ts';
import type { IsoDate, YearDate } from '../membership.ts';
import type { Part, Theme } from '../url.ts';
import { isRepublicIso, type CisStatus, type CstoStatus, type RepublicIso } from '../vocabulary.ts';
import type { ChangePhrase, CstoAtTableText, Messages } from '../messages.ts';

type Case = 'nom' | 'gen' | 'prep';

/** Each state's name in the cases the sentences use, and its gender, which past-tense verbs follow. */
export const REPUBLIC_FORMS = {
  ARM: { nom: 'Армения', gen: 'Армении', prep: 'Армении', gender: 'f' },
  AZE: { nom: 'Азербайджан', gen: 'Азербайджана', prep: 'Азербайджане', gender: 'm' },
  BLR: { nom: 'Беларусь', gen: 'Беларуси', prep: 'Беларуси', gender: 'f' },
  EST: { nom: 'Эстония', gen: 'Эстонии', prep: 'Эстонии', gender: 'f' },
  GEO: { nom: 'Грузия', gen: 'Грузии', prep: 'Грузии', gender: 'f' },
  KAZ: { nom: 'Казахстан', gen: 'Казахстана', prep: 'Казахстане', gender: 'm' },
  KGZ: { nom: 'Кыргызстан', gen: 'Кыргызстана', prep: 'Кыргызстане', gender: 'm' },
  LVA: { nom: 'Латвия', gen: 'Латвии', prep: 'Латвии', gender: 'f' },
  LTU: { nom: 'Литва', gen: 'Литвы', prep: 'Литве', gender: 'f' },
  MDA: { nom: 'Молдова', gen: 'Молдовы', prep: 'Молдове', gender: 'f' },
  RUS: { nom: 'Россия', gen: 'России', prep: 'России', gender: 'f' },
  TJK: { nom: 'Таджикистан', gen: 'Таджикистана', prep: 'Таджикистане', gender: 'm' },
  TKM: { nom: 'Туркменистан', gen: 'Туркменистана', prep: 'Туркменистане', gender: 'm' },
  UKR: { nom: 'Украина', gen: 'Украины', prep: 'Украине', gender: 'f' },
  UZB: { nom: 'Узбекистан', gen: 'Узбекистана', prep: 'Узбекистане', gender: 'm' },
} as const satisfies Record<RepublicIso, Record<Case, string> & { gender: 'f' | 'm' }>;

/** The nominatives, as the components and the sorting name states. */
const REPUBLIC_NAMES = Object.fromEntries(Object.entries(REPUBLIC_FORMS).map(([iso, forms]) => [iso, forms.nom])) as Record<
  RepublicIso,
  string
>;

const ORGANISATION_NAMES = {
  'CIS-EC': 'Исполнительный комитет СНГ',
  CSTO: 'ОДКБ',
} satisfies Record<Organisation, string>;

const PLURAL_RULES = new Intl.PluralRules('ru');

/** The noun's form for a count: «1 государство», «2 государства», «5 государств» (fractions take the `few` form). */
export function plural(count: number, forms: { one: string; few: string; many: string }): string {
  const category = PLURAL_RULES.select(count);
  return category === 'one' ? forms.one : category === 'many' ? forms.many : forms.few;
}

/** A count and its noun: «21 государство». Years and counts are printed as figures, never grouped. */
const counted = (count: number, forms: { one: string; few: string; many: string }) => `${count} ${plural(count, forms)}`;

const STATE = { one: 'государство', few: 'государства', many: 'государств' };
const REPUBLIC = { one: 'республика', few: 'республики', many: 'республик' };
const MEETING = { one: 'встреча', few: 'встречи', many: 'встреч' };
const NOTE = { one: 'примечание', few: 'примечания', many: 'примечаний' };
const PARAMETER = { one: 'параметр', few: 'параметра', many: 'параметров' };

/** A past-tense verb agreeing with who changed: one state by its gender, several in the plural. */
function agreeing(isos: readonly RepublicIso[], forms: { f: string; m: string; pl: string }): string {
  return isos.length === 1 ? forms[REPUBLIC_FORMS[isos[0]].gender] : forms.pl;
}

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
/** «в декабре»: the prepositional case, which `Intl` cannot give. */
const MONTHS_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];

const dateParts = (date: string) => date.split('-').map(Number);

/** «31 декабря»: a date within the year already named. */
function formatDayMonth(isoDate: IsoDate): string {
  const [, month, day] = dateParts(isoDate);
  return `${day} ${MONTHS_GENITIVE[month - 1]}`;
}

/** «31 декабря 2018 г.», with a no-break space before «г.». */
function formatDate(isoDate: IsoDate): string {
  return `${formatDayMonth(isoDate)} ${isoDate.slice(0, 4)}\u00a0г.`;
}

/** «21 ноября 2018 г.», «декабрь 2013 г.» or «2016 г.»: a date as precise as it is known, on its own. */
function formatPartialDate(date: string): string {
  const [year, month] = dateParts(date);
  if (date.length === 10) return formatDate(date);
  if (date.length === 7) return `${MONTHS_NOMINATIVE[month - 1]} ${year}\u00a0г.`;
  return `${year}\u00a0г.`;
}

/** «21 ноября 2018 г.», «в декабре 2013 года» or «в 2016 году»: the same date inside a sentence. */
function partialDateInText(date: string): string {
  const [year, month] = dateParts(date);
  if (date.length === 10) return formatDate(date);
  if (date.length === 7) return `в ${MONTHS_PREPOSITIONAL[month - 1]} ${year} года`;
  return `в ${year} году`;
}

/** «На конец 2018 года», or in the data's last year «На 31 марта 2026 г.». */
function atYearDate(d: YearDate): string {
  return d.isAsOf ? `На ${formatDate(d.date)}` : `На конец ${d.year} года`;
}

/** «в Москве», «в режиме видеоконференции»: where a meeting was, from the data's nominative. */
const PLACES_IN_TEXT: Record<string, string> = {
  Москва: 'в Москве',
  видеоконференция: 'в режиме видеоконференции',
};
function placeInText(place: string): string {
  const [name, ...rest] = place.split(' (');
  const located = PLACES_IN_TEXT[name];
  return located ? [located, ...rest].join(' (') : `(место встречи: ${place})`;
}

const COLLATOR = new Intl.Collator('ru');
const LIST_FORMAT = new Intl.ListFormat('ru', { style: 'long', type: 'conjunction' });
const LIST_FORMAT_OR = new Intl.ListFormat('ru', { style: 'long', type: 'disjunction' });

const compareNames = (a: RepublicIso, b: RepublicIso) => COLLATOR.compare(REPUBLIC_NAMES[a], REPUBLIC_NAMES[b]);

/** «Армения, Беларусь и Россия» in a case: republics in alphabetical order. */
function nameList(isos: readonly RepublicIso[], grammaticalCase: Case = 'nom'): string {
  return LIST_FORMAT.format([...isos].sort(compareNames).map((iso) => REPUBLIC_FORMS[iso][grammaticalCase]));
}

/** «Армения и Исполнительный комитет СНГ»: attendees in alphabetical order. */
function attendeeList(attendees: readonly AttendeeId[]): string {
  const names = attendees.map((attendee) => (isRepublicIso(attendee) ? REPUBLIC_NAMES[attendee] : ORGANISATION_NAMES[attendee]));
  return LIST_FORMAT.format(names.sort(COLLATOR.compare));
}

/** «Грузия», or «Беларусь (10 декабря), Россия (12 декабря) и Казахстан (23 декабря)». */
function changeNames(p: ChangePhrase, grammaticalCase: Case = 'nom'): string {
  return LIST_FORMAT.format(
    p.republics.map(({ iso, date }) =>
      date ? `${REPUBLIC_FORMS[iso][grammaticalCase]} (${formatDayMonth(date)})` : REPUBLIC_FORMS[iso][grammaticalCase],
    ),
  );
}

const changeIsos = (p: ChangePhrase) => p.republics.map(({ iso }) => iso);
/** « 18 августа» when every republic changed on that day, else "". */
const changeWhen = (p: ChangePhrase) => (p.date ? ` ${formatDayMonth(p.date)}` : '');
/** The subject and its verb, agreeing: «Грузия вышла», «Азербайджан вышел», «… вышли». */
const changed = (p: ChangePhrase, forms: { f: string; m: string; pl: string }) =>
  `${changeNames(p)} ${agreeing(changeIsos(p), forms)}`;
const isSingle = (p: ChangePhrase) => p.republics.length === 1;

/** «6-я встреча», «на 6-й встрече»: the ordinal's ending follows the noun's case. */
const meetingNumber = (n: number) => `${n}-я встреча`;
const atMeetingNumber = (n: number) => `на ${n}-й встрече`;

const ATTENDANCE_WORDS = {
  listed: 'Присутствие отмечено',
  absent: 'Отсутствие отмечено',
  unknown: 'Нет сведений',
  'not-cis': 'Не государство СНГ',
} satisfies Record<AttendanceShown, string>;

/** «Встреча 2025 года: присутствовал (…)»: a record as the map shows it, never without its note. */
function attendanceAtMeeting(year: number, record: Pick<AttendeeRecord, 'attendance' | 'note'>): string {
  return `Встреча ${year} года: ${ATTENDANCE_WORDS[record.attendance].toLowerCase()}${record.note ? ` (${record.note})` : ''}`;
}

const yearList = (years: readonly number[]) => LIST_FORMAT.format(years.map(String));

/** What the frame's title calls each part. */
const FRAME_PART_NAMES = {
  map: 'Интерактивная карта',
  diagram: 'Интерактивная диаграмма',
  meetings: 'Интерактивная хроника встреч секретарей советов безопасности',
  table: 'Интерактивная таблица',
} satisfies Record<Part, string>;

/** The catalogue this language's pages are built with (see `#catalogue` in package.json). */
export const catalogue: Messages = {
  language: 'ru',
  locale: 'ru-RU',
  punctuation: { beforeHint: ' · ', afterLabel: ': ', betweenItems: '; ', endOfNote: '.' },
  headline: 'Пытается ли Россия стереть границу между СНГ и ОДКБ?',
  page: {
    title: 'Пытается ли Россия стереть границу между СНГ и ОДКБ? — интерактивная карта',
    description: '15 бывших советских республик в СНГ и ОДКБ год за годом с 1991 года, с источниками.',
  },
  otherLanguages: 'Эта графика на других языках:',
  intro: {
    before: (p: CstoAtTableText) =>
      `${capitalise(partialDateInText(p.firstDate))} ${placeInText(p.place)} прошла встреча секретарей советов безопасности государств — участников СНГ, ` +
      `и за столом была представлена ОДКБ — военный союз во главе с Россией${p.role ? ` (${p.role})` : ''}` +
      (p.absentYear === null
        ? '. '
        : `; ${p.absentYear === p.firstYear - 1 ? 'годом раньше' : `в ${p.absentYear} году`} ОДКБ на встрече не было. `) +
      (p.laterYears.length === 0
        ? 'Больше наши источники не отмечают её за столом. '
        : `Наши источники снова отмечают её за столом в ${yearList(p.laterYears)} гг.: ` +
          `${p.laterYears.length + 1} из ${counted(p.meetingsSince, MEETING)} с ${p.firstYear} по ${p.laterYears.at(-1)} год, ` +
          (p.absentSince === 0
            ? 'и ни на одной из них она не отмечена как отсутствующая. '
            : `а на ${p.absentSince} из них она отмечена как отсутствующая. `)),
    storyLink: 'Статья commonspace.eu',
    after:
      ' задаётся вопросом, не стирает ли Россия границу между двумя организациями. Карта показывает, кто в какой из них состоял, год за годом: каждый член ОДКБ входит и в СНГ, но не каждое государство СНГ входит в ОДКБ, а некоторые из 15 бывших советских республик не входят ни в одну из них.',
  },
  asOf: (asOf: IsoDate, updated: IsoDate) =>
    `Данные по состоянию на ${formatPartialDate(asOf.slice(0, 7))} · обновлено ${formatDate(updated)}`,
  atYearDate,
  noScript:
    'На этой странице последний год описан словами. Для самой карты, перемещения по годам, выбора республики и других элементов управления нужен JavaScript, который в этом браузере отключён или заблокирован.',
  printAddress: 'Этот вид со всеми примечаниями и источниками:',
  printYear: (d: YearDate) => ` — ${d.isAsOf ? formatDate(d.date) : `${d.year} г.`}`,
  sourceLine: {
    label: 'Источники:',
    text: 'документы Кремля, СНГ и ОДКБ, информационные агентства и справочные издания; полный список ниже.',
    textInEmbed: 'документы Кремля, СНГ и ОДКБ, информационные агентства и справочные издания.',
    textOnPaper: 'документы Кремля, СНГ и ОДКБ, информационные агентства и справочные издания; полный список — по адресу выше.',
    credit: 'Статья: commonspace.eu.',
    // The line ends in «г.», whose full stop ends the sentence too.
    dated: (asOfLine: string) => asOfLine,
  },
  republicNames: REPUBLIC_NAMES,
  blocNames: {
    cis: 'СНГ',
    cst: 'ДКБ',
    csto: 'ОДКБ',
  },
  cisStatus: {
    signatory: 'учредительные документы подписаны, но ещё не ратифицированы',
    member: 'государство — член СНГ',
    participant: 'государство-учредитель, не ратифицировавшее Устав',
    associate: 'ассоциированный член СНГ',
    withdrawing: 'в процессе выхода из СНГ',
    ended: 'прекратила участие в работе уставных органов СНГ без формального выхода',
    withdrawn: 'вышла из СНГ',
    none: 'никогда не было участником',
  } satisfies Record<CisStatus, string>,
  cstoStatus: {
    member: 'член',
    frozen: 'член, участие заморожено',
    suspended: 'членство приостановлено',
    withdrawn: 'выход',
    none: 'никогда не было участником',
  } satisfies Record<CstoStatus, string>,
  legend: {
    title: 'Условные обозначения',
    groupsHeading: 'Положение каждой республики (цвет)',
    groupsShort: {
      both: (blocName: string) => `СНГ и ${blocName}`,
      'cis-only': () => 'Только СНГ',
      'csto-only': (blocName: string) => `Только ${blocName}`,
      neither: () => 'Ни там, ни там',
    } satisfies Record<EulerRegion, (blocName: string) => string>,
    partialHeading: 'Неполные связи (штриховка)',
    partialTies: (blocName: string) =>
      ({
        cis: 'СНГ: документы подписаны, учредитель без Устава, ассоциированный член или выход (точки)',
        csto: `${blocName}: членство заморожено или приостановлено (полосы)`,
      }) satisfies Record<PartialTie, string>,
    partialTiesShort: (blocName: string) =>
      ({ cis: 'СНГ: неполное (точки)', csto: `${blocName}: заморожено или приостановлено (полосы)` }) satisfies Record<
        PartialTie,
        string
      >,
    context: 'Другие страны',
  },
  map: {
    overviewLabel: (year: number) => `Карта 15 бывших советских республик, ${year} г.`,
    detailLabel: (year: number) => `Подробная карта Европы и Кавказа, ${year} г.`,
    detailTitle: 'Европа и Кавказ',
    detailHint: 'небольшие республики в увеличении',
    detailFolded: 'Европа и Кавказ в увеличении',
    /** Around the link to its source. */
    crimeaNote: { before: 'Крым, аннексированный Россией в 2014 г., показан в составе Украины (', after: ').' },
    crimeaSource: 'резолюция Генеральной Ассамблеи ООН 68/262 «Территориальная целостность Украины»',
    keyboardHint: 'Перемещайтесь между республиками клавишами со стрелками.',
    republicLabel: (p: {
      name: string;
      cis: string;
      securityBlocName: string;
      csto: string;
      attendance: { year: number; record: AttendeeRecord } | null;
    }) =>
      `${p.name}: СНГ — ${p.cis}; ${p.securityBlocName} — ${p.csto}` +
      (p.attendance ? `; ${attendanceAtMeeting(p.attendance.year, p.attendance.record)}` : ''),
  },
  tooltip: {
    since: (date: string) => `с ${date}`,
    throughout: 'весь период',
    sources: 'Источники:',
    attendance: attendanceAtMeeting,
  },
  year: {
    controlsLabel: 'Год и что изменилось',
    label: 'Год',
    previousChange: 'Предыдущее изменение',
    nextChange: 'Следующее изменение',
    play: 'Воспроизвести',
    pause: 'Пауза',
    valueText: (d: YearDate, inCis: number, inCsto: number, securityBloc: string) =>
      `${d.isAsOf ? `${d.year}, на ${formatDayMonth(d.date)}` : d.year}: в СНГ — ${inCis}, в ${securityBloc} — ${inCsto}`,
  },
  table: {
    summary: 'Таблица: все республики в выбранном году',
    caption: (date: string) => `Статус 15 бывших советских республик на ${date}`,
    republic: 'Республика',
    sources: 'Источники',
  },
  meetings: {
    heading: 'Кто сидел за столом',
    attendeesFolded: 'Все участники, с источниками',
    intro:
      'С 2013 года секретари советов безопасности государств — участников СНГ ежегодно встречаются по приглашению секретаря Совета Безопасности России. Кого наши источники отмечают как присутствовавших, а кого — как отсутствовавших?',
    title: (number: number, date: string) => `${meetingNumber(number)} · ${date}`,
    place: 'Место',
    host: 'Принимающая сторона',
    topic: 'Тема',
    unknownValue: 'нет в наших источниках',
    noMeetingBefore: (year: number, firstDate: string) =>
      `В ${year} году встречи не было: первая встреча серии прошла ${partialDateInText(firstDate)}.`,
    standIn: (p: { year: number; ownNumber: number | null; asOf: string; number: number; date: string }) =>
      p.ownNumber === null
        ? `Встречи ${p.year} года в наших данных нет: они доведены до ${p.asOf}. Последняя — ${meetingNumber(p.number)}, ${p.date}.`
        : `Запись не найдена: по нумерации в ${p.year} году должна была пройти ${p.ownNumber}-я встреча, но ни один из наших источников её не описывает. Последняя перед ней — ${meetingNumber(p.number)}, ${p.date}.`,
    organisations: ORGANISATION_NAMES,
    organisationsInText: {
      'CIS-EC': 'Исполнительный комитет СНГ',
      CSTO: 'ОДКБ',
    } satisfies Record<Organisation, string>,
    republicsHeading: 'Республики',
    organisationsHeading: 'Организации',
    attendance: ATTENDANCE_WORDS,
    attendanceKey: {
      listed: 'источник называет его среди присутствовавших',
      absent: 'источник сообщает, что его не было',
      unknown: 'ни один из наших источников не сообщает ни того, ни другого',
    } satisfies Record<Attendance, string>,
    counts: (listed: number, absent: number, unknown: number, notCis: number) =>
      `присутствовали: ${listed}; отсутствовали: ${absent}; нет сведений: ${unknown}` +
      (notCis > 0 ? `; не государства СНГ: ${notCis}` : ''),
    person: ({ person, role, attendance }: Pick<AttendeeRecord, 'person' | 'role' | 'attendance'>) => {
      if (person) return [person, role].filter(Boolean).join(', ');
      if (attendance !== 'listed') return role ?? '';
      return role ? `${role} (в наших источниках не назван)` : 'представитель (в наших источниках не назван)';
    },
    inText: (name: string, person: string | null, role: string | null) => {
      if (!person) return `${name} (${role ?? 'представитель'}, в наших источниках не назван)`;
      return `${name} (${[role, person].filter(Boolean).join(' ')})`;
    },
    compare: {
      label: 'Сравнить с',
      none: 'без сравнения',
      heading: (year: number, other: number) => `${year} г. в сравнении с ${other} г.`,
      new: (year: number, items: string) => `Новые участники в ${year} году: ${items}.`,
      gone: (year: number, other: number, items: string) =>
        `Отсутствие отмечено в ${year} году, присутствие — в ${other} году: ${items}.`,
      listedNowUnknownThen: (year: number, other: number, items: string) =>
        `Присутствие отмечено в ${year} году, сведений за ${other} год нет: ${items}. Об участии в ${other} году наши источники не сообщают, так что это не изменение.`,
      listedThenUnknownNow: (year: number, other: number, items: string) =>
        `Присутствие отмечено в ${other} году, сведений за ${year} год нет: ${items}. Об участии в ${year} году наши источники не сообщают, так что это не изменение.`,
      noDifference: (year: number, other: number) => `Между ${year} и ${other} годами записанных различий нет.`,
      nothingToCompare: (year: number) => `За ${year} год нет записи о встрече для сравнения.`,
      sameMeeting: (number: number, year: number) =>
        `Оба года показывают одну и ту же запись — о ${number}-й встрече в ${year} году: сравнивать нечего.`,
      caveat: (name: string, note: string) => `${name}: ${note}`,
    },
    showOnMap: 'Показать участие на карте',
    strip: {
      heading: 'ОДКБ за столом',
      cell: (year: number, shown: string) => `${year}: ${shown}`,
      summary: (listed: readonly number[], absent: readonly number[]) =>
        [
          listed.length > 0 ? `Присутствовала в ${yearList(listed)} гг.` : 'Ни разу не отмечена среди присутствовавших',
          absent.length > 0 ? `отсутствовала в ${yearList(absent)} гг.` : 'ни разу не отмечена как отсутствующая',
          'о других встречах сведений нет.',
        ].join('; '),
    },
    legend: {
      heading: (year: number) => `Встреча ${year} года (значки)`,
      listed: 'Присутствие отмечено (кольцо)',
      othersSilent: 'Названы лишь некоторыми источниками (пунктирное кольцо)',
      absent: 'Отсутствие отмечено (крестик)',
    },
  },
  loadFailed: {
    app: 'Интерактивную часть графики не удалось загрузить: работают только ползунок года и карта.',
    waiting: 'Эта часть появится, когда загрузится интерактивная графика.',
    tool: 'Эту часть не удалось загрузить.',
    map: 'Карту не удалось загрузить.',
    retry: 'Повторить',
  },
  links: {
    refusedLabel: 'Ссылка, которую этот фрейм не может открыть',
    newTabRefused: 'Этот фрейм не может открыть новую вкладку. Адрес ссылки, чтобы скопировать:',
    addressLabel: 'Адрес ссылки',
    close: 'Закрыть',
  },
  parts: {
    tabsLabel: 'Части графики',
    map: {
      tab: 'Карта',
      headline: 'Бывшие советские республики в СНГ и ОДКБ',
      description: 'Место каждой республики в обоих блоках, год за годом.',
    },
    diagram: {
      tab: 'Диаграмма',
      headline: 'Кто в СНГ, кто в ОДКБ, а кто ни там, ни там',
      description: 'Каждая республика по двум её членствам.',
    },
    meetings: {
      tab: 'Встречи',
      headline: 'Кто сидел за столом секретарей советов безопасности СНГ',
      description: 'Кого наши источники отмечают на каждой ежегодной встрече.',
    },
    table: {
      tab: 'Таблица',
      headline: '15 бывших советских республик в СНГ и ОДКБ по отдельности',
      description: 'Статус каждой республики в обоих блоках, с источниками.',
    },
  } satisfies Record<Part, { tab: string; headline: string; description: string }> & { tabsLabel: string },
  embed: {
    openFull: 'Открыть полную версию',
    newTabBlocked: 'Этот фрейм не может открыть новую вкладку. Адрес полной версии, чтобы скопировать:',
    addressLabel: 'Адрес полной версии',
    button: 'Встроить эту графику',
    intro:
      'Выберите, что встроить, и вставьте один из этих кодов на свою страницу. Оба подгоняют высоту фрейма под графику; страницам, которые уже используют pym.js или встраивания Datawrapper, дополнительный скрипт не нужен.',
    frameTitle: (part: Part | null, first: number, last: number) =>
      `${FRAME_PART_NAMES[part ?? 'map']}: 15 бывших советских республик в СНГ и ОДКБ, ${first}–${last}\u00a0гг.`,
    partLabel: 'Часть',
    languageLabel: 'Язык',
    wholeGraphic: 'Вся графика, с вкладками',
    viewLabel: 'Вид',
    viewOnScreen: (year: number) => `Как сейчас на экране (${year})`,
    viewLatest: 'Всегда последний год',
    themeLabel: 'Оформление',
    themeOfReader: 'Как в настройках читателя',
    themes: { light: 'Светлое', dark: 'Тёмное' } satisfies Record<Theme, string>,
    previewHeading: (width: number) => `Что читатель видит на телефоне (ширина ${width} пикс.)`,
    previewTitle: (frameTitle: string) => `Предпросмотр: ${frameTitle}`,
    iframeHeading: 'Обычный iframe',
    iframeHint: 'с коротким скриптом, задающим его высоту',
    pymHeading: 'pym.js',
    pymHint: 'для страниц с pym.js; без JavaScript видна ссылка',
    copy: 'Скопировать код',
    copied: 'Скопировано.',
    copyBlocked: 'Копирование здесь запрещено: код выделен, нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.',
    allSources: 'Все источники',
  },
  details: {
    emptyHeading: 'Подробности',
    invite:
      'Выберите республику на карте, в диаграмме или в таблице, чтобы увидеть всю её историю в обоих блоках, с источниками.',
    clear: 'Снять выбор',
    cisHeading: 'Содружество Независимых Государств (СНГ)',
    securityHeading: 'Договор о коллективной безопасности (ДКБ), с 2002 года — ОДКБ',
    throughout: 'Весь период',
    inForce: (d: YearDate) => (d.isAsOf ? `действует на ${formatDate(d.date)}` : `действует на конец ${d.year} года`),
    sources: 'Источники:',
  },
  euler: {
    heading: 'Кто где',
    setCount: (count: number) => counted(count, STATE),
    summary: (d: YearDate, counts: Record<EulerRegion, number>, blocName: string) =>
      `${atYearDate(d)} и в СНГ, и в ${blocName}: ${counted(counts.both, REPUBLIC)}; только в СНГ: ${counts['cis-only']}` +
      (counts['csto-only'] > 0 ? `; в ${blocName}, но ещё не в СНГ: ${counts['csto-only']}` : '') +
      `; ни там, ни там: ${counts.neither}.`,
    regionLabels: {
      both: (blocName: string) => `В СНГ и в ${blocName}`,
      'cis-only': (blocName: string) => `В СНГ, но не в ${blocName}`,
      'csto-only': (blocName: string) => `В ${blocName}, но ещё не в СНГ`,
      neither: () => 'Ни там, ни там',
    },
    cisTags: {
      signatory: 'документы СНГ подписаны',
      participant: 'учредитель СНГ без Устава',
      associate: 'ассоц. член СНГ',
      withdrawing: 'выход из СНГ',
    } satisfies Partial<Record<CisStatus, string>>,
    cstoTags: (blocName: string) =>
      ({ frozen: `${blocName}: заморожено`, suspended: `${blocName}: приостановлено` }) satisfies Partial<
        Record<CstoStatus, string>
      >,
  },
  whatChanged: {
    noteLabel: (republic: string, bloc: string) => `${republic} (${bloc}):`,
    heading: 'Что изменилось',
    year: (d: YearDate, sentences: readonly string[]) =>
      `${d.isAsOf ? `${d.year}, по ${formatDayMonth(d.date)}` : d.year}: ${sentences.join(' ')}`,
    noChange: 'Членство не изменилось.',
    renamed: (date: string) => `${date} Договор о коллективной безопасности стал организацией — ОДКБ.`,
    notesHeading: 'Примечания к этим датам:',
    notesFolded: (count: number) => (count === 1 ? 'Примечание к этим датам' : `${counted(count, NOTE)} к этим датам`),
    cis: {
      signatory: (p: ChangePhrase) =>
        `${changed(p, { f: 'подписала', m: 'подписал', pl: 'подписали' })} учредительные документы СНГ${changeWhen(p)}.`,
      member: (p: ChangePhrase) =>
        p.isReturn
          ? `${changed(p, { f: 'вернулась', m: 'вернулся', pl: 'вернулись' })} в СНГ как ${isSingle(p) ? 'государство — член' : 'государства — члены'}${changeWhen(p)}.`
          : `${changed(p, { f: 'стала', m: 'стал', pl: 'стали' })} ${isSingle(p) ? 'государством — членом' : 'государствами — членами'} СНГ${changeWhen(p)}.`,
      participant: (p: ChangePhrase) =>
        `${changed(p, { f: 'стала', m: 'стал', pl: 'стали' })} ${isSingle(p) ? 'государством-учредителем СНГ' : 'государствами-учредителями СНГ'}${changeWhen(p)}, ` +
        `не ${isSingle(p) ? 'ратифицировавшим' : 'ратифицировавшими'} Устав.`,
      associate: (p: ChangePhrase) =>
        `${changed(p, { f: 'стала', m: 'стал', pl: 'стали' })} ${isSingle(p) ? 'ассоциированным членом' : 'ассоциированными членами'} СНГ${changeWhen(p)}.`,
      withdrawing: (p: ChangePhrase) =>
        `${changed(p, { f: 'начала', m: 'начал', pl: 'начали' })} процедуру выхода из СНГ${changeWhen(p)}.`,
      ended: (p: ChangePhrase) =>
        `${changed(p, { f: 'прекратила', m: 'прекратил', pl: 'прекратили' })} участие в работе уставных органов СНГ${changeWhen(p)}, без формального выхода.`,
      withdrawn: (p: ChangePhrase) => `Выход ${changeNames(p, 'gen')} из СНГ вступил в силу${changeWhen(p)}.`,
      none: (p: ChangePhrase) =>
        `${changed(p, { f: 'больше не участвовала', m: 'больше не участвовал', pl: 'больше не участвовали' })} в СНГ${changeWhen(p)}.`,
    } satisfies Record<CisStatus, (p: ChangePhrase) => string>,
    csto: {
      member: (p: ChangePhrase) =>
        p.isReturn
          ? `${changed(p, { f: 'восстановила', m: 'восстановил', pl: 'восстановили' })} членство в ${p.blocName}${changeWhen(p)}.`
          : `${changed(p, { f: 'присоединилась', m: 'присоединился', pl: 'присоединились' })} к ${p.blocName}${changeWhen(p)}.`,
      frozen: (p: ChangePhrase) =>
        `${changed(p, { f: 'заморозила', m: 'заморозил', pl: 'заморозили' })} участие в ${p.blocName}${changeWhen(p)}.`,
      suspended: (p: ChangePhrase) =>
        `${changed(p, { f: 'приостановила', m: 'приостановил', pl: 'приостановили' })} членство в ${p.blocName}${changeWhen(p)}.`,
      withdrawn: (p: ChangePhrase) => `${changed(p, { f: 'вышла', m: 'вышел', pl: 'вышли' })} из ${p.blocName}${changeWhen(p)}.`,
      none: (p: ChangePhrase) =>
        `${changed(p, { f: 'больше не участвовала', m: 'больше не участвовал', pl: 'больше не участвовали' })} в ${p.blocName}${changeWhen(p)}.`,
    } satisfies Record<CstoStatus, (p: ChangePhrase) => string>,
  },
  summary: (date: string, inCis: number, inCsto: number, inNeither: number, securityBloc: string, signatories: number) =>
    `${date}: в СНГ — ${inCis} из 15 республик, в ${securityBloc} — ${inCsto}, ни там, ни там — ${inNeither}.` +
    (signatories > 0
      ? ` Подписали учредительные документы СНГ, но ещё не ратифицировали их: ${counted(signatories, STATE)}.`
      : ''),
  present: {
    button: 'Презентация',
    hint: 'Во весь экран, крупный шрифт, история шаг за шагом',
    startStory: 'Пройти историю по шагам',
    leaveStory: 'Закрыть историю',
    fullscreenRefused:
      'Эта страница не может перейти в полноэкранный режим, поэтому презентация занимает её окно. Откройте её в новой вкладке, чтобы развернуть на весь экран; Escape — выход.',
  },
  steps: {
    label: 'История шаг за шагом',
    heading: (year: number, title: string) => `${year}: ${title}`,
    counter: (step: number, count: number) => `Шаг ${step} из ${count}`,
    previous: 'Предыдущий шаг',
    next: 'Следующий шаг',
    leave: 'Выйти из презентации',
    help: {
      title: 'Сочетания клавиш',
      open: '? Показать сочетания клавиш',
      close: 'Закрыть',
      or: ' или ',
      keys: {
        ArrowLeft: { symbol: '←', name: 'Стрелка влево' },
        PageUp: { symbol: 'Page Up', name: 'Page Up' },
        ArrowRight: { symbol: '→', name: 'Стрелка вправо' },
        PageDown: { symbol: 'Page Down', name: 'Page Down' },
        Home: { symbol: 'Home', name: 'Home' },
        End: { symbol: 'End', name: 'End' },
        ' ': { symbol: 'Пробел', name: 'Пробел' },
        F: { symbol: 'F', name: 'F' },
        Escape: { symbol: 'Esc', name: 'Escape' },
        '?': { symbol: '?', name: 'Вопросительный знак' },
      },
      actions: {
        previous: 'Предыдущий шаг',
        next: 'Следующий шаг',
        first: 'Первый шаг',
        last: 'Последний шаг',
        play: 'Запустить или остановить смену лет',
        fullscreen: 'Включить или выключить полноэкранный режим',
        leave: 'Выйти из презентации',
        help: 'Показать или скрыть эту справку',
      },
    },
    invalidStep: (value: string, count: number) =>
      `В адресе запрошен шаг «${value}», а шаги нумеруются от 1 до ${count}; запрос пропущен.`,
    founding: {
      title: 'Основание СНГ',
      text: (p: {
        agreementDate: string;
        founders: readonly RepublicIso[];
        protocolDate: string;
        signerCount: number;
        outside: readonly RepublicIso[];
        members: readonly RepublicIso[];
        participants: readonly RepublicIso[];
        charterYear: number;
        signatoryCount: number;
        yearDate: YearDate;
      }) => [
        `${p.agreementDate} ${nameList(p.founders)} подписали Соглашение о создании Содружества Независимых Государств (СНГ).`,
        `${p.protocolDate} Алма-Атинский протокол подписали ${counted(p.signerCount, REPUBLIC)} — все, кроме ${nameList(p.outside, 'gen')}.`,
        `${p.yearDate.isAsOf ? `К ${formatDate(p.yearDate.date)}` : 'К концу года'} Соглашение ратифицировали ${nameList(p.members)}, а также ${nameList(p.participants)}, ` +
          `${agreeing(p.participants, { f: 'которая', m: 'который', pl: 'которые' })} так и не ${agreeing(p.participants, { f: 'ратифицировала', m: 'ратифицировал', pl: 'ратифицировали' })} Устав СНГ ${p.charterYear} года; ` +
          `остальные (${p.signatoryCount}) подписали, но ещё не ратифицировали.`,
      ],
    },
    treaty: {
      title: 'Договор о коллективной безопасности',
      text: (p: {
        date: string;
        signers: readonly RepublicIso[];
        blocName: string;
        joiners: readonly RepublicIso[];
        joinYear: number;
        yearDate: YearDate;
        treatyOnly: readonly RepublicIso[];
      }) => [
        `${p.date} ${nameList(p.signers)} подписали в Ташкенте Договор о коллективной безопасности (${p.blocName}).`,
        `${nameList(p.joiners)} ${agreeing(p.joiners, { f: 'присоединилась', m: 'присоединился', pl: 'присоединились' })} к нему в ${p.joinYear} году.`,
        `${atYearDate(p.yearDate)} ${nameList(p.treatyOnly)} ${agreeing(p.treatyOnly, { f: 'была', m: 'был', pl: 'были' })} в Договоре, но ещё не в СНГ: ` +
          `учредительные документы СНГ ${agreeing(p.treatyOnly, { f: 'она подписала, но ещё не ратифицировала', m: 'он подписал, но ещё не ратифицировал', pl: 'они подписали, но ещё не ратифицировали' })}.`,
      ],
    },
    nonRenewal: {
      title: 'Трое не продлевают Договор',
      text: (p: {
        blocName: string;
        inForce: string;
        extension: string;
        leavers: readonly RepublicIso[];
        exitDate: string;
        stayed: readonly RepublicIso[];
      }) => [
        `${p.blocName} вступил в силу ${p.inForce} на пять лет; ${p.extension} протокол о его продлении подписали ${counted(p.stayed.length, STATE)}, а ${nameList(p.leavers)} — нет.`,
        `Их участие закончилось ${p.exitDate}, с окончанием первого пятилетнего срока: эта дата выведена из срока, в наших источниках она не записана.`,
        `Остались ${nameList(p.stayed)}.`,
      ],
    },
    georgia: {
      title: 'Грузия выходит из СНГ',
      text: (p: { notice: string; effective: string; effectiveYear: number; blocName: string; treatyExitYear: number }) => [
        `После того как парламент проголосовал за выход, Грузия ${p.notice} официально уведомила о выходе из СНГ.`,
        `Выход вступил в силу ${p.effective}.`,
        `Из ${p.blocName} Грузия вышла ещё в ${p.treatyExitYear} году: с ${p.effectiveYear} года она не входит ни в один из блоков.`,
      ],
    },
    uzbekistan: {
      title: 'Узбекистан приостанавливает членство в ОДКБ',
      text: (p: { leftYear: number; rejoined: string; suspended: string }) => [
        `Узбекистан, не продливший Договор в ${p.leftYear} году, восстановил членство в ОДКБ ${p.rejoined}, когда в Сочи был подписан протокол о восстановлении его членства; о возвращении было объявлено раньше в том же году, а некоторые источники датируют его 2008 годом, когда Узбекистан ратифицировал присоединение к Уставу ОДКБ.`,
        `По его собственной просьбе Совет коллективной безопасности ОДКБ ${p.suspended} приостановил его членство.`,
        'Приостановленное членство — не выход, но карта больше не относит Узбекистан к ОДКБ; государством — членом СНГ он остался.',
      ],
    },
    meeting2017: {
      title: 'Встреча без ОДКБ',
      text: (p: { firstMeeting: string; number: number; year: number }) => [
        `Секретари советов безопасности государств — участников СНГ встречаются ежегодно с ${p.firstMeeting.slice(0, 4)} года по приглашению секретаря Совета Безопасности России.`,
        `Статья отмечает, что ОДКБ не было ${atMeetingNumber(p.number)} в ${p.year} году.`,
        'Точная дата, место и другие участники в наших источниках не записаны.',
      ],
    },
    meeting2018: {
      title: 'ОДКБ за столом',
      text: (p: {
        number: number;
        place: string;
        date: string;
        role: string;
        person: string;
        compareYear: number;
        listed: readonly RepublicIso[];
        unknown: readonly RepublicIso[];
        outside: readonly RepublicIso[];
        suspended: readonly RepublicIso[];
      }) => [
        `${capitalise(atMeetingNumber(p.number))}, ${placeInText(p.place)}, ${partialDateInText(p.date)}, ОДКБ представлял ${p.person} (${p.role}); в ${p.compareYear} году ОДКБ на встрече не было.`,
        `В статье говорится о десяти государствах — членах, но подпись к её фотографии называет ${counted(p.listed.length, STATE)}: ${nameList(p.listed)}; были ли на встрече ${nameList(p.unknown)}, в наших источниках не записано.`,
        `${nameList(p.outside)} ${agreeing(p.outside, { f: 'была', m: 'был', pl: 'были' })} вне ОДКБ, а членство ${nameList(p.suspended, 'gen')} было приостановлено, и всё же они сидели за одним столом с ОДКБ: статья задаётся вопросом, не стирает ли Россия границу между двумя организациями.`,
      ],
    },
    ukraine: {
      title: 'Украина уходит из органов СНГ',
      text: (p: { date: string; yearDate: YearDate; neither: readonly RepublicIso[] }) => [
        `${p.date} Украина отозвала своих представителей из всех уставных органов СНГ, не выходя из Содружества формально.`,
        'Соглашение 1991 года она ратифицировала, но Устав так и не подписала и не ратифицировала: она была государством-учредителем, но никогда — государством — членом.',
        `${atYearDate(p.yearDate)}, как и пишет статья, ни в СНГ, ни в ОДКБ не входили ${counted(p.neither.length, REPUBLIC)}: ${nameList(p.neither)}.`,
      ],
    },
    armenia: {
      title: 'Армения замораживает участие в ОДКБ',
      text: (p: { date: string }) => [
        `${p.date} Армения заморозила участие в ОДКБ.`,
        'Позже в том же году МИД Армении заявил, что страна не будет финансировать организацию, а премьер-министр Никол Пашинян сказал в парламенте, что Армения выйдет из ОДКБ, а затем — что уже считает себя вне её; официального уведомления о выходе наши источники на начало 2026 года не отмечают.',
        'Заморозка — не выход: формально Армения остаётся членом, и карта относит её к ОДКБ.',
      ],
    },
    meeting2025: {
      title: 'ОДКБ снова за столом',
      text: (p: {
        number: number;
        place: string;
        date: string;
        person: string | null;
        role: string | null;
        firstYear: number;
        listedYears: readonly number[];
        meetingsSince: number;
        absentSince: number;
        othersSilent: readonly AttendeeId[];
      }) => [
        p.person
          ? `${capitalise(atMeetingNumber(p.number))}, ${placeInText(p.place)}, ${partialDateInText(p.date)}, ОДКБ представлял ${p.person}${p.role ? ` (${p.role})` : ''}.`
          : `${capitalise(atMeetingNumber(p.number))}, ${placeInText(p.place)}, ${partialDateInText(p.date)}, наши источники называют среди присутствовавших руководство ОДКБ, не называя имён.`,
        `С ${p.firstYear} года наши источники отмечают ОДКБ за столом на ${p.listedYears.length} из ${counted(p.meetingsSince, MEETING)} — в ${yearList(p.listedYears)} гг.; ` +
          (p.absentSince === 0
            ? 'ни на одной её отсутствие не записано, а о других они не сообщают ни того, ни другого.'
            : `на ${p.absentSince} записано её отсутствие, а о других они не сообщают ни того, ни другого.`),
        ...(p.othersSilent.length === 0
          ? []
          : [
              `${attendeeList(p.othersSilent)}: ${p.othersSilent.length === 1 ? 'назван' : 'названы'} лишь в некоторых сообщениях об этой встрече; списки и карта показывают это участие с таким примечанием.`,
            ]),
      ],
    },
    moldova: {
      title: 'Молдова выходит из СНГ',
      text: (p: { date: string; protocolDate: string; asOf: string }) => [
        `${p.date} парламент Молдовы принял в первом чтении денонсацию Устава СНГ, Соглашения о создании СНГ и Алма-Атинского протокола от ${p.protocolDate}.`,
        'Выход вступает в силу через 12 месяцев после того, как МИД Молдовы уведомит депозитария — Исполнительный комитет СНГ, — когда закон будет принят и опубликован; окончательных чтений и уведомления в наших источниках нет, поэтому выход идёт, а дата на карте предварительная.',
        `Пока выход не вступил в силу, Молдова считается в СНГ; наши данные доведены до ${p.asOf}.`,
      ],
    },
  },
  downloads: {
    heading: 'Скачать',
    imageHeading: 'Изображение',
    dataHeading: 'Данные',
    png: 'Скачать PNG',
    svg: 'Скачать SVG',
    csv: 'Скачать CSV',
    json: 'Скачать JSON',
    thisYear: 'Этот год',
    wholeTimeline: 'Вся хронология',
    blocked: {
      data: 'Если скачивание не началось, ваша страница не разрешает здесь скачивать: скопируйте данные ниже или откройте графику в новой вкладке.',
      image:
        'Если скачивание не началось, ваша страница не разрешает здесь скачивать: сохраните изображение ниже (правой кнопкой мыши или долгим нажатием) или откройте графику в новой вкладке.',
    },
    fallbackLabel: 'Данные, чтобы скопировать',
    copy: 'Скопировать данные',
    copyBlocked: 'Копирование здесь запрещено: данные выделены, нажмите Ctrl+C (⌘C на Mac), чтобы скопировать их.',
    failed: 'Этот браузер не смог создать файл.',
    legendEntry: (label: string, count: number) => `${label} (${count})`,
    imageSubtitle: (date: string) => `15 бывших советских республик на ${date}`,
    sourceLine:
      'Источники: документы Кремля, СНГ и ОДКБ, информационные агентства и справочные издания, указанные для каждого статуса. Статья: commonspace.eu.',
    about: {
      year: (date: string) =>
        `Статус каждой из 15 бывших советских республик в СНГ и в Договоре о коллективной безопасности (с 2002 года — ОДКБ) на ${date}. Пустое поле «с» означает, что даты начала нет: статус действовал весь период или республика ещё не участвовала.`,
      timeline: (asOf: string) =>
        `Все периоды каждой республики в СНГ и в Договоре о коллективной безопасности (с 2002 года — ОДКБ): статус действует с даты «с» (включительно) до даты «по» (не включая её). Пустое «с» означает, что статус действовал весь период; пустое «по» — что он ещё действовал на ${asOf}.`,
    },
    columns: {
      iso: 'Код ISO',
      name: 'Республика',
      bloc: 'Блок',
      status: 'Статус (код)',
      statusText: 'Статус',
      from: 'С',
      to: 'По',
      note: 'Примечание',
      sources: 'Источники',
      sourceUrls: 'Адреса источников',
      cisStatus: 'Статус в СНГ (код)',
      cisStatusText: 'Статус в СНГ',
      cisSince: 'Статус в СНГ с',
      cisNote: 'Примечание (СНГ)',
      cisSources: 'Источники (СНГ)',
      cisSourceUrls: 'Адреса источников (СНГ)',
      cstoStatus: 'Статус в ДКБ/ОДКБ (код)',
      cstoStatusText: 'Статус в ДКБ/ОДКБ',
      cstoSince: 'Статус в ДКБ/ОДКБ с',
      cstoNote: 'Примечание (ДКБ/ОДКБ)',
      cstoSources: 'Источники (ДКБ/ОДКБ)',
      cstoSourceUrls: 'Адреса источников (ДКБ/ОДКБ)',
    },
  },
  notices: {
    title: 'Примечание',
    invalidYear: (value: string, first: number, last: number, shown: number) =>
      `В адресе запрошен год «${value}», а это не год от ${first} до ${last}: показан ${shown} год.`,
    invalidCountry: (value: string) =>
      `В адресе запрошена республика «${value}», а это не одна из 15 (используйте код, например ARM): республика не выбрана.`,
    invalidCompare: (value: string, first: number, last: number) =>
      `В адресе запрошено сравнение с «${value}», а это не год от ${first} до ${last}: сравнение не показано.`,
    invalidAttendance: (value: string) =>
      `Параметр адреса «attendance» может быть только «on», а не «${value}»: участие на карте не показано.`,
    invalidEmbed: (value: string) => `Параметр адреса «embed» может быть только «1», а не «${value}»: показана полная страница.`,
    invalidPart: (value: string, parts: readonly string[]) =>
      `Параметр адреса «part» может быть ${LIST_FORMAT_OR.format(parts.map((part) => `«${part}»`))}, а не «${value}»: показана вся графика.`,
    catchingUp: 'Догоняем выбранный вами год…',
    earlyPressDropped: (pressed: string, now: string) =>
      `Кнопку «${pressed}» нажали, пока графика ещё загружалась; теперь на ней написано «${now}», поэтому ничего не сделано. Нажмите ещё раз, если вы этого хотите.`,
    partWithoutEmbed: (part: string) =>
      `В адресе запрошена часть «${part}», а это раскладка для встраивания (с «embed=1»): показана полная страница.`,
    invalidTheme: (value: string) =>
      `Параметр адреса «theme» может быть «light» или «dark», а не «${value}»: оформление — как в системе.`,
    invalidMode: (value: string) => `Параметр адреса «mode» может быть только «present», а не «${value}»: показана страница.`,
    unknownParameters: (names: readonly string[], count: number) =>
      count === 1
        ? `Параметр адреса «${names[0]}» этой графике неизвестен; он пропущен.`
        : `В адресе ${counted(count, PARAMETER)}, неизвестных этой графике (${names.map((name) => `«${name}»`).join(', ')}${count > names.length ? ', …' : ''}); они пропущены.`,
  },
  updates: {
    heading: 'Обновления и исправления',
    intro: 'Что изменилось в данных после первой публикации, сначала новые, с источниками каждого изменения.',
    onPaper: (dates: readonly string[]) => `${LIST_FORMAT.format(dates)}; каждое подробно — по адресу выше.`,
  },
  sources: {
    heading: 'Источники',
    intro:
      'Каждый статус и каждая дата на карте взяты из этих источников; где они расходятся, это сказано в примечании к периоду.',
  },
  formatDate,
  formatDayMonth,
  formatPartialDate,
  compareNames,
  formatList: (items: readonly string[]) => LIST_FORMAT.format(items),
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
