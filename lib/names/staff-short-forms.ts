// Short forms of given names that colleagues and parents use for adults: "Bev" for
// Beverley, "Jo" for Joanne, "Ollie" for Oliver. Staff lists hold the full given name and
// no preferred name, so the index derives these, from the listed name only: "Bev" is a
// staff member's name only when someone on the staff list is Beverley. No free-floating
// list of names is ever matched on its own.
//
// Data with ids (docs/detectors.md, "Staff names"): each entry is one full given name
// (folded, lower case) and the short forms people write for it. A form that is also an
// everyday word ("will", "sue", "nick") is still listed: the name index marks it
// ambiguous, and the context score decides it as it decides "Will" and "May" for pupils.
// Sources: common English, Scottish, Irish and Welsh diminutives (the forms on a UK staff
// room's rota, not every possible pet name). The extension reads this table from its data
// file (lib/engine/data.ts, `staffShortForms`), not from background.js; Node imports it.

export interface ShortFormEntry {
  /** `short-form/<full name>`. */
  id: string;
  /** The full given names (folded) these forms shorten. */
  full: readonly string[];
  /** The short forms, folded; the first is the one a reason shows. */
  forms: readonly string[];
}

const TABLE: readonly [string, string][] = [
  ['abigail', 'abi abby abbie'],
  ['alexander', 'alex xander sandy'],
  ['alexandra', 'alex lexi ali'],
  ['alison alyson', 'ali'],
  ['amanda', 'mandy'],
  ['andrew', 'andy drew'],
  ['angela', 'angie ange'],
  ['anthony', 'tony ant'],
  ['barbara', 'barb babs'],
  ['benjamin', 'ben benji'],
  ['bernadette', 'bernie'],
  ['beverley beverly', 'bev'],
  ['bethany', 'beth'],
  ['caroline carolyn', 'caz carrie'],
  ['catherine katherine kathryn katharine', 'cath kate katie kath cathy kathy kat'],
  ['charlotte', 'lottie charlie'],
  ['christine christina', 'chris chrissie tina'],
  ['christopher', 'chris'],
  ['daniel', 'dan danny'],
  ['david', 'dave davie dai'],
  ['deborah debra', 'debbie debs deb'],
  ['deirdre', 'dee'],
  ['dominic', 'dom'],
  ['douglas', 'doug dougie'],
  ['edward', 'ed eddie ted'],
  ['eleanor elinor', 'ellie nell'],
  ['elizabeth', 'liz beth lizzie libby betty'],
  ['frances', 'fran frankie'],
  ['francis', 'frank'],
  ['frederick', 'fred freddie'],
  ['gareth gary', 'gaz'],
  ['geoffrey', 'geoff'],
  ['gillian', 'gill gilly'],
  ['gregory', 'greg'],
  ['gwendolen gwendoline', 'gwen'],
  ['harriet', 'hattie'],
  ['jacqueline', 'jackie jacqui'],
  ['james', 'jim jimmy jamie'],
  ['jennifer', 'jen jenny'],
  ['jessica', 'jess jessie'],
  ['joanne joanna johanna', 'jo'],
  ['jonathan', 'jon jonny'],
  ['joseph', 'joe joey'],
  ['josephine', 'jo josie'],
  ['joshua', 'josh'],
  ['judith', 'judy jude'],
  ['julia juliet julie', 'jules'],
  ['kenneth', 'ken kenny'],
  ['kimberley kimberly', 'kim'],
  ['laurence lawrence', 'laurie'],
  ['leonard', 'len lenny'],
  ['louise louisa', 'lou'],
  ['madeleine madeline', 'maddie'],
  ['magdalena magdalene', 'magda'],
  ['margaret', 'maggie meg peggy mags'],
  ['matthew', 'matt matty'],
  ['michael', 'mike mick micky'],
  ['michelle', 'shell'],
  ['natalie natasha', 'nat tash'],
  ['nathaniel nathan', 'nat nate'],
  ['nicholas', 'nick nicky'],
  ['nicola nicole', 'nicky nikki nic'],
  ['oliver', 'ollie olly'],
  ['olivia', 'liv livvy'],
  ['pamela', 'pam'],
  ['patricia', 'trish tricia patsy'],
  ['patrick', 'paddy'],
  ['penelope', 'penny'],
  ['peter', 'pete'],
  ['philip phillip', 'phil'],
  ['rachel', 'rach'],
  ['rebecca', 'becky becca bex'],
  ['richard', 'rich richie ricky'],
  ['robert', 'rob robbie bob'],
  ['ronald', 'ron ronnie'],
  ['rosemary rosalind', 'rosie ros'],
  ['samantha', 'sam sammy'],
  ['samuel', 'sam sammy'],
  ['sandra', 'sandy'],
  ['stephanie', 'steph'],
  ['stephen steven', 'steve stevie'],
  ['stuart stewart', 'stu'],
  ['susan suzanne susanne', 'sue suzy susie'],
  ['teresa theresa', 'tess tessa'],
  ['thomas', 'tom tommy'],
  ['timothy', 'tim'],
  ['valerie', 'val'],
  ['victoria', 'vicky vicki tori'],
  ['vincent', 'vince'],
  ['william', 'will bill billy liam'],
  ['zachary', 'zach zac'],
];

export const STAFF_SHORT_FORMS: readonly ShortFormEntry[] = TABLE.map(([full, forms]) => ({
  id: `short-form/${full.split(' ')[0]}`,
  full: full.split(' '),
  forms: forms.split(' '),
}));
