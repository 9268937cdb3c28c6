import { detectorTable } from '../../test/detector-table';
import { clausesOf } from '../../test/fixtures/contact-schools';
import { hollybrook } from '../../test/fixtures/contact-schools';
import emailAddress from './email-address';

const email = (text: string) => ({
  kind: 'email-address' as const,
  text,
  clauses: clausesOf('email-address'),
  reason: 'personal email',
});

detectorTable(emailAddress, {
  settings: hollybrook,
  valid: [
    // official domain and its subdomains are school-identifier's
    'Email office@hollybrook.example.sch.uk',
    'y4@staff.hollybrook.example.sch.uk',
    // handles, prices and half addresses
    'Follow @HollybrookPri and @someone_else',
    'jo@ on its own, @ 5pm, name@localhost',
    'Meet me @ the gate',
    'Total: 3 @ £4.50',
  ],
  invalid: [
    { text: 'Email me at jo.bloggs@example.com!', findings: [email('jo.bloggs@example.com')] },
    { text: 'Contact: MRS.T.TEACH@EXAMPLE.CO.UK', findings: [email('MRS.T.TEACH@EXAMPLE.CO.UK')] },
    {
      text: 'tag+kids@example.org, other_one@example.net',
      findings: [email('tag+kids@example.org'), email('other_one@example.net')],
    },
    { text: "(write to 'sam.o@example.org')", findings: [email('sam.o@example.org')] },
    {
      text: 'a look-alike domain: jo@hollybrook.example.sch.uk.evil.example',
      findings: [email('jo@hollybrook.example.sch.uk.evil.example')],
    },
    { text: 'zoë.ł@example.com', findings: [email('zoë.ł@example.com')] },
    // built on the school's name but on another domain: someone's own account
    {
      text: 'PTA raffle: email hollybrookpta@example.org',
      findings: [email('hollybrookpta@example.org')],
    },
  ],
});
