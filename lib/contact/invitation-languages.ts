// Invitations onto a personal channel written in the other languages of UK school
// communities, for the parent-contact rule "parent-contact/other-language". A school's
// Polish, Lithuanian or Romanian families are often written to in their own language in a
// community group ("Mieli tėvai, rašykite man per Messenger": "Dear parents, write to me on
// Messenger"), and an English phrase list never sees it. Each entry is a language, the
// requests to contact the writer in it (write, call, text, message, add me), and the words
// in it that say the post is about children or school. Patterns are source strings, matched
// case-insensitively (without the "u" flag: its cost is several times the match); a space is any
// run of white space. Each is a fixed
// sequence of words: no nested repetition.

export interface LanguageInvitations {
  /** BCP 47 tag: the id of the entry ("lt", "pl"). */
  id: string;
  /** Contact-me requests, e.g. Lithuanian "parašykite man", Polish "napiszcie do mnie". */
  invitations: string;
  /** Stems of words for parents, children, pupils, school and class ("tėv", "rodzic"). */
  familyOrSchool: string;
}

export const LANGUAGE_INVITATIONS: readonly LanguageInvitations[] = [
  {
    // "rašykite man žinutę" (write me a message), "galite man paskambinti" (you can call me)
    id: 'lt',
    invitations:
      '(?:pa)?(?:rašyk|rasyk|skambink|siųsk|siusk)(?:ite)? man|man (?:pa)?(?:rašyti|rasyti|skambinti|siųsti|siusti|parašykite|rašykite)|susisiek(?:ite)? su manimi',
    familyOrSchool: 'tėv|tev(?:ai|ams|u)|vaik|mokykl|darželi|darzeli|klas',
  },
  {
    // "napiszcie do mnie" (write to me), "zadzwońcie do mnie" (call me), "dodaj mnie" (add me)
    id: 'pl',
    invitations:
      '(?:na)?pisz(?:cie)? do mnie|(?:za)?dzwo[nń](?:cie)? do mnie|(?:na)?pisa[cć] do mnie|(?:za)?dzwoni[cć] do mnie|skontaktuj(?:cie)? si[eę] ze mn[aą]|dodaj(?:cie)? mnie|(?:wy)?[sś]lij(?:cie)? mi',
    familyOrSchool: 'rodzic|dzieck|dzieci|ucz(?:eń|en|niow)|szko[lł]|przedszkol|klas',
  },
  {
    // "scrieți-mi" (write to me), "sunați-mă" (call me), "trimiteți-mi un mesaj"
    id: 'ro',
    invitations:
      '(?:scrie|suna|sună|trimite|contacta|adăuga|adauga)(?:ți|ti|ţi)?-(?:mi|mă|ma)|(?:îmi|imi) (?:puteți|puteti) scrie|(?:mă|ma) (?:puteți|puteti) (?:suna|contacta)',
    familyOrSchool: 'părinț|parint|părinţ|copi|elev|școal|scoal|şcoal|grădiniț|gradinit|clas',
  },
  {
    // "cysylltwch â fi" (contact me), "anfonwch neges ata i" (send me a message)
    id: 'cy',
    invitations:
      '(?:cysylltwch|cysyllta) (?:â|a|ag) fi|anfonwch (?:neges|decst|e-?bost) (?:ata i|ataf|i mi)|(?:ffoniwch|ffonia|tecstiwch|tecstia|negeseuwch|ychwanegwch) fi',
    familyOrSchool: 'rhieni|rhiant|plant|plentyn|disgybl|ysgol|dosbarth|meithrin',
  },
  {
    // Irish: "cuir glao orm" (give me a call), "seol teachtaireacht chugam" (send me a message)
    id: 'ga',
    invitations:
      '(?:cuir|cuirigí|cuirigi) (?:glao|téacs|teacs|teachtaireacht|ríomhphost|riomhphost) (?:orm|chugam)|(?:seol|seolaigí|seolaigi) (?:teachtaireacht|téacs|teacs|ríomhphost|riomhphost) chugam|(?:déan|dean|déanaigí|deanaigi) teagmháil liom|(?:déan|dean) teagmhail liom',
    familyOrSchool: 'tuismitheoir|páiste|paiste|daltaí|daltai|scoil|rang',
  },
  {
    // Scottish Gaelic: "cuiribh fios thugam" (get in touch with me)
    id: 'gd',
    invitations:
      '(?:cuir|cuiribh) (?:fios|teachdaireachd|teacsa|post-d) (?:thugam|gam ionnsaigh)|(?:fòn|fon|fònaibh|fonaibh) thugam',
    familyOrSchool: 'pàrant|parant|clann|sgoil|leanabh|sgoilear',
  },
  {
    // "escríbanme" (write to me), "mándame un mensaje" (send me a message)
    id: 'es',
    // "agrégame" / "añádanme" (add me) as well
    invitations:
      '(?:escr[ií]b|ll[aá]m|m[aá]nd|env[ií]|cont[aá]ct|agr[eé]g|a[ñn][aá]d)(?:a|e|an|en|uen)me',
    familyOrSchool: 'padres|familias|hij[oa]s?|niñ[oa]s?|nin[oa]s|escuela|colegio|alumn',
  },
  {
    // "mande-me uma mensagem", "me liguem" (call me)
    id: 'pt',
    invitations:
      // "adicionem-me no WhatsApp" (add me) as well
      '(?:mand|lig|escrev|contact|adicion)(?:a|e|ue|em|uem|am)-me|me (?:mand|lig|escrev|contact|adicion)(?:a|e|ue|em|uem|am)(?![a-z\\u00c0-\\u024f])',
    familyOrSchool: 'pais|famílias|familias|filh[oa]s?|crianças|criancas|escola|alun',
  },
  {
    // Urdu, Hindi and Punjabi written in Latin letters: "mujhe message karein", "mainu call
    // karo" (message me, call me)
    id: 'ur',
    invitations:
      '(?:mujhe|mainu|menu) (?:message|msg|call|text|whats\\s?app|sms|e-?mail) (?:karein|karen|karo|kar dein|kar den|kar do|kijiye|kijiyega|karna|kar dena|kardo)|mujh se (?:raabta|rabta) (?:karein|karen|karo)',
    familyOrSchool: 'walid|waldain|bachch?[eao]|bachon|school|madrasa',
  },
  {
    // Bengali and Sylheti in Latin letters: "amake WhatsApp korben" (WhatsApp me)
    id: 'bn',
    invitations:
      'amake (?:whats\\s?app|message|msg|call|phone|fon|text|sms|e-?mail) (?:korben|korun|koro|koiren|diben|din|dio|dis)|amar (?:sathe|shathe) jogajog (?:korben|korun|koro)',
    familyOrSchool: 'ammu|abbu|abba|baba|bachcha|bachchara|chele|meye|school|iskul|class',
  },
  {
    // Bulgarian, Russian, Ukrainian: "пишете ми" (write to me), "позвоните мне" (call me)
    id: 'bg-ru-uk',
    invitations:
      'пишете ми|пиши ми|обадете ми се|обади ми се|изпратете ми|напишите мне|пишите мне|позвоните мне|напиши мне|напишіть мені|пишіть мені|зателефонуйте мені',
    familyOrSchool: 'родител|дете|деца|училищ|ребён|ребен|дет|школ|батьк|дитин|діт|учн|учен',
  },
  {
    // Arabic: "راسلوني" (message me), "تواصلوا معي" (get in touch with me)
    id: 'ar',
    invitations: 'راسلني|راسلوني|اتصلوا بي|اتصل بي|تواصلوا معي|تواصل معي',
    familyOrSchool: 'أولياء|الأهل|الاهل|أطفال|اطفال|طفل|المدرسة|مدرسة',
  },
  {
    // "écrivez-moi" (write to me), "scrivetemi" (write to me)
    id: 'fr-it',
    invitations:
      '(?:[ée]crivez|appelez|contactez|envoyez)-moi|scrivetemi|scrivimi|chiamatemi|chiamami|mandatemi',
    familyOrSchool: 'parents|enfant|élève|eleve|école|ecole|genitori|bambin|figli|scuola|alunn',
  },
  {
    // Somali: "ila soo xiriir" (contact me), "ii soo wac" (call me)
    id: 'so',
    invitations: 'ila soo xiriir(?:a|iya)?|iila soo xiriir|ii soo wac(?:a|iya)?|ii soo dir(?:a)?',
    familyOrSchool: 'waalid|ilmo|carruur|caruur|arday|iskuul|dugsi',
  },
  {
    // Turkish: "bana yazın" (write to me), "beni arayın" (call me)
    id: 'tr',
    invitations: 'bana yaz(?:ın|in)?|beni ara(?:yın|yin)?|bana mesaj at(?:ın|in)?',
    familyOrSchool: 'veli|çocu|cocu|öğrenci|ogrenci|okul|sınıf|sinif',
  },
];
