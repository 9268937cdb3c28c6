// The UK's postcode areas (the letters before the first digit), as published by
// Royal Mail: Great Britain, Northern Ireland (BT) and the Crown dependencies
// (GY, JE, IM). A candidate postcode whose area is not here is not a postcode,
// which is what keeps "KS2 3rd" and "PS5 2nd" out.
export const POSTCODE_AREAS: ReadonlySet<string> = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY ' +
    'E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY ' +
    'L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR ' +
    'RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW ' +
    'UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** Letters never used in the last two characters of a postcode (Royal Mail's rule). */
export const INWARD_EXCLUDED_LETTERS = /[CIKMOV]/i;
