// Animals people name, and the emoji that draw them (data, read by rules/animals.ts and the
// mascot rule): a listed name given to a pet, a farm animal or a class animal is no pupil
// ("Lost dog! answers to Fraser", "Meet Bill, our new tup", "(the spaniel 🐶)").

/** Pets, farm animals and breeds, singular; the rules read a plural "s" too. */
export const ANIMALS: readonly string[] =
  `dog doggy doggo pup puppy cat kitty kitten moggy hamster rabbit bunny
  gerbil guinea-pig tortoise turtle pony horse foal mare stallion colt filly donkey goldfish fish
  budgie parrot cockatiel snake lizard gecko chicken chick hen cockerel rooster duck duckling goose
  lamb sheep ewe ram tup goat kid pig piglet sow boar cow calf heifer bull bullock steer ox alpaca
  llama ferret mouse rat axolotl tarantula spider stick-insect snail
  lab labrador retriever spaniel cockapoo cavapoo cavachon collie sheepdog terrier westie yorkie
  jack-russell staffie staffy whippet greyhound lurcher poodle dachshund sausage-dog pug beagle
  husky alsatian shepherd boxer bulldog frenchie schnauzer springer pointer setter corgi chihuahua
  shih-tzu bichon maltipoo dalmatian rottweiler doberman mastiff`
    .split(/\s+/)
    .filter(Boolean);
