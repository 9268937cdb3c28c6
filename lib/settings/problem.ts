// One problem found in a settings file, with where it is: `classes[2].pupils[5].first`.
export interface SettingsProblem {
  /** JSON path, e.g. "classes[2].pupils[5].first"; "" for the document itself. */
  path: string;
  message: string;
}
