/**
 * The vocabulary of the facts (../shared/facts/README.md): the 15 republics, the two blocs,
 * their statuses and which statuses count as "in" a bloc. Framework-agnostic; knows nothing
 * about Svelte, the DOM or geometry.
 */

/** The 15 former Soviet republics: ISO 3166-1 alpha-3 → numeric code as world-atlas stores it. */
export const REPUBLIC_NUMERIC_CODES = {
  ARM: '051',
  AZE: '031',
  BLR: '112',
  EST: '233',
  GEO: '268',
  KAZ: '398',
  KGZ: '417',
  LVA: '428',
  LTU: '440',
  MDA: '498',
  RUS: '643',
  TJK: '762',
  TKM: '795',
  UKR: '804',
  UZB: '860',
} as const;

export type RepublicIso = keyof typeof REPUBLIC_NUMERIC_CODES;

export const REPUBLIC_ISO_CODES = Object.keys(REPUBLIC_NUMERIC_CODES) as RepublicIso[];

export function isRepublicIso(value: unknown): value is RepublicIso {
  return typeof value === 'string' && Object.hasOwn(REPUBLIC_NUMERIC_CODES, value);
}

export const BLOCS = ['cis', 'csto'] as const;
export type Bloc = (typeof BLOCS)[number];

const CIS_STATUSES = ['signatory', 'member', 'participant', 'associate', 'withdrawing', 'ended', 'withdrawn', 'none'] as const;
export type CisStatus = (typeof CIS_STATUSES)[number];

const CSTO_STATUSES = ['member', 'frozen', 'suspended', 'withdrawn', 'none'] as const;
export type CstoStatus = (typeof CSTO_STATUSES)[number];

export type StatusOf<B extends Bloc> = B extends 'cis' ? CisStatus : CstoStatus;

export const STATUSES_BY_BLOC: { readonly [B in Bloc]: readonly StatusOf<B>[] } = {
  cis: CIS_STATUSES,
  csto: CSTO_STATUSES,
};

// "In the CIS" counts participants and associates and those still withdrawing, but not a
// signatory that has not ratified: the facts' definition, which gives the story's 10 in 2018.
const IN_CIS: ReadonlySet<CisStatus> = new Set(['member', 'associate', 'participant', 'withdrawing']);
// A frozen member is still formally a member; a suspended one is not counted.
const IN_CSTO: ReadonlySet<CstoStatus> = new Set(['member', 'frozen']);

/** Whether a CIS status counts as "in the CIS". */
export function isInCis(status: CisStatus): boolean {
  return IN_CIS.has(status);
}

/** Whether a CSTO status counts as "in the CSTO". */
export function isInCsto(status: CstoStatus): boolean {
  return IN_CSTO.has(status);
}
