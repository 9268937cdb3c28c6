// Check-character rules for the two pupil record identifiers.
// UPN: DfE, "Unique pupil numbers (UPNs): guidance" (Annex: check letter
// calculation). Characters 2–13 are weighted 2–13; the sum mod 23 indexes the
// check-letter alphabet. A temporary UPN has a letter in position 13, valued by
// its index in the same alphabet.
// ULN: Learning Records Service, "ULN validation": digits 1–9 weighted 10..2,
// r = sum mod 11; valid when r ≠ 0 and the 10th digit is 10 − r.

const UPN_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export function isValidUpn(candidate: string): boolean {
  const upn = candidate.toUpperCase();
  if (!/^[A-Z]\d{11}[\dA-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = upn[i]!;
    const value = i === 12 && /[A-Z]/.test(ch) ? UPN_ALPHABET.indexOf(ch) : Number(ch);
    if (value < 0) return false;
    sum += value * (i + 1);
  }
  return upn[0] === UPN_ALPHABET[sum % 23];
}

export function isValidUln(candidate: string): boolean {
  if (!/^\d{10}$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(candidate[i]) * (10 - i);
  const r = sum % 11;
  return r !== 0 && Number(candidate[9]) === 10 - r;
}
