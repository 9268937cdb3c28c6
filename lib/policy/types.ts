export interface PolicyClause {
  id: string;
  section: string;
  text: string;
}

export interface PolicyPack {
  format: 'policy-pack';
  version: 1;
  title: string;
  clauses: PolicyClause[];
}
