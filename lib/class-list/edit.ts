// Pure edits of the class lists: applying an import, renaming, deleting, restrictions.
import type { Pupil, Restriction, SchoolClass } from '../settings/types';

const key = (text: string) => text.trim().toLowerCase();
const pupilKey = (pupil: Pupil) => `${key(pupil.first)}\u0000${key(pupil.last)}`;

/**
 * An imported class replaces the class of the same name; other classes stay. Restrictions
 * already recorded for a pupil of a replaced class are kept: an export that does not carry
 * consent must not silently lift a restriction the school set by hand.
 */
export function applyImport(existing: SchoolClass[], imported: SchoolClass[]): SchoolClass[] {
  const existingByName = new Map(existing.map((c) => [key(c.name), c]));
  const importedNames = new Set(imported.map((c) => key(c.name)));
  const merged = imported.map((incoming) => {
    const before = existingByName.get(key(incoming.name));
    if (!before) return incoming;
    const earlier = new Map(before.pupils.map((p) => [pupilKey(p), p.restrictions ?? []]));
    return {
      ...incoming,
      pupils: incoming.pupils.map((pupil) => {
        const kept = earlier.get(pupilKey(pupil)) ?? [];
        const all = [...new Set([...(pupil.restrictions ?? []), ...kept])].sort();
        return all.length ? { ...pupil, restrictions: all } : pupil;
      }),
    };
  });
  return [...existing.filter((c) => !importedNames.has(key(c.name))), ...merged];
}

export type EditResult = { ok: true; classes: SchoolClass[] } | { ok: false; error: string };

export function renameClass(classes: SchoolClass[], index: number, newName: string): EditResult {
  const name = newName.trim();
  if (!name) return { ok: false, error: 'A class needs a name.' };
  if (classes.some((c, i) => i !== index && key(c.name) === key(name))) {
    return { ok: false, error: `There is already a class called ${name}.` };
  }
  return { ok: true, classes: classes.map((c, i) => (i === index ? { ...c, name } : c)) };
}

export function deleteClass(classes: SchoolClass[], index: number): SchoolClass[] {
  return classes.filter((_, i) => i !== index);
}

export function setRestriction(
  classes: SchoolClass[],
  classIndex: number,
  pupilIndex: number,
  restriction: Restriction,
  on: boolean,
): SchoolClass[] {
  return classes.map((c, ci) =>
    ci !== classIndex
      ? c
      : {
          ...c,
          pupils: c.pupils.map((pupil, pi) => {
            if (pi !== pupilIndex) return pupil;
            const others = (pupil.restrictions ?? []).filter((r) => r !== restriction);
            const next = (on ? [...others, restriction] : others).sort();
            const { restrictions: _old, ...rest } = pupil;
            return next.length ? { ...rest, restrictions: next } : rest;
          }),
        },
  );
}
