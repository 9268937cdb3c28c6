// A regular expression held as its source until it is first used. Constructing one with
// Unicode property classes costs V8 real time even before it runs: the 35 child cues
// (`\p{Lu}[\p{Ll}\p{M}'’]+`, flags "gu") took about 10 ms to construct, every one of them, on
// each import of the engine, that is on every start of a woken service worker, although a
// post about the summer fair never needs them. Behind a literal gate (literal-gate.ts) most
// are never built at all; the gate reads `source`, which needs nothing built. One that is
// built is compiled to machine code at once (machine-code.ts): the 35 cues' first runs took
// 26-38 ms through V8's interpreter, 20 ms so.
import { compiledToMachineCode } from './machine-code';

export class LazyPattern {
  private built: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The expression, built on the first call and the same object after. */
  get regexp(): RegExp {
    return (this.built ??= compiledToMachineCode(new RegExp(this.source, this.flags)));
  }

  /** Whether it has been built: what the start-up tests look at. */
  get isBuilt(): boolean {
    return this.built !== undefined;
  }
}
