/**
 * The class Svelte scopes each component's rules with, which every element the component draws
 * carries. Svelte's own, "svelte-" and seven characters, is written some 200 times into the page;
 * four characters of a hash of the component's path (relative to the project, so that every
 * machine builds the same page) scope as well and weigh a third as much.
 */
import { relative } from 'node:path';
import type { CompileOptions } from 'svelte/compiler';

const SCOPE_CLASS_PREFIX = 's-';
/** Characters of the hash each class keeps: enough while no two components draw the same. */
const HASH_LENGTH = 4;

/** Every scoping class handed out in this build, with the component it scopes. */
const scopedComponents = new Map<string, string>();

/** Svelte's `cssHash` option for the project at `root`; throws if two components would share a class. */
export function scopeClass(root: string): NonNullable<CompileOptions['cssHash']> {
  return ({ filename, hash }) => {
    const path = relative(root, filename ?? '').replaceAll('\\', '/');
    // The hash's last digits: its first ones vary little.
    const name = `${SCOPE_CLASS_PREFIX}${hash(path).slice(-HASH_LENGTH)}`;
    const owner = scopedComponents.get(name) ?? path;
    if (owner !== path) throw new Error(`${owner} and ${path} would share the scoping class ${name}: lengthen HASH_LENGTH`);
    scopedComponents.set(name, path);
    return name;
  };
}
