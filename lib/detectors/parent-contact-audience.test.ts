// Invitations and near misses by who they are for, in new words: things sent to
// the writer's own channel, the reader's number asked for, families called on outright,
// a group named as a place, reported requests, neighbours, other settings and shared packs.
import { detectorTable, invitation } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    // someone else asked, or does it already
    'A dad asked for my personal number so he could text me about pick-up. Is that ok?',
    'My old tutee keeps messaging my personal Facebook late at night, what would you do?',
    'One mum said she can message me whenever she likes, which worried me.',
    // neighbours, other settings, colleagues sharing materials
    'To the neighbours on Elm Road: if the alarm goes off at night, ring me on 07700 900111.',
    'Any nurseries in the area wanting a music taster, email me at sam@example.com',
    'Happy to share my phonics assessment pack with anyone, email me at jo@example.com',
  ],
  invalid: [
    {
      text: 'Year 2 parents, please email the photos to my personal address jo.b@example.com',
      findings: [invitation('email the photos to my personal address')],
    },
    {
      text: 'Netball mums, send me your number and I will pop you on the lift list',
      findings: [invitation('send me your number')],
    },
    {
      text: 'Any families from the nursery reading this, connect with me here for the songs',
      findings: [invitation('connect with me')],
    },
    {
      text: 'Parents, gie me a shout if the bus is late',
      findings: [invitation('gie me a shout')],
    },
    {
      text: 'If any parents want the phonics videos, follow my classroom insta @mr.k_reads',
      findings: [invitation('follow my classroom insta @mr.k_reads')],
    },
    // families called on outright outweigh "recipe"
    {
      text: 'Parents, send me a friend request and I will pass on the flapjack recipe',
      findings: [invitation('send me a friend request')],
    },
    // the group where the writer posts is a place; the invitation beside it is the finding
    {
      text: 'Parents, the rota is in our class WhatsApp group, message me if it clashes',
      findings: [invitation('message me')],
    },
    // one invitation: the number given and the open line beside it
    {
      text: 'Year 4 parents: my mobile is 07700 900456, ring any time before 7',
      findings: [invitation('my mobile is 07700 900456, ring any time')],
    },
  ],
});
