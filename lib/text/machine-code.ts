// V8 compiles a regular expression when it first runs, and by default to bytecode for its
// interpreter, recompiling to machine code only once the expression has run again. For a
// long alternation the bytecode step is the slow one: parent-contact's INVITATION (about
// 6,000 characters of phrases, flags "gi") took 12-16 ms to its first answer that way and
// 3 ms compiled straight to machine code, which V8 does at once for a subject of 1,000
// characters or more. One match on a run of spaces (which no pattern here matches with
// anything but an empty match) makes it take that path; the answers are the same.

const BLANK = ' '.repeat(1024);

/** `re`, compiled to machine code now, with its `lastIndex` back at 0. */
export function compiledToMachineCode(re: RegExp): RegExp {
  re.test(BLANK);
  re.lastIndex = 0;
  return re;
}
