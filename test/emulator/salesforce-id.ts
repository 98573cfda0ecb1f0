/**
 * Record Ids in the form Salesforce gives them: a 3-character key prefix that names the object (0Af is a
 * deploy request, 00D an org, 005 a user), then the 15-character case-sensitive Id and the 3-character
 * suffix that makes it case-insensitive. Clients check the prefix and the length, so the emulator's Ids
 * have both right.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

const caseSuffix = (id15: string): string =>
  [0, 1, 2]
    .map((chunk) => {
      let flags = 0;
      for (let position = 0; position < 5; position++) {
        const char = id15.charAt(chunk * 5 + position);
        if (char >= 'A' && char <= 'Z') flags |= 1 << position;
      }
      return SUFFIX_ALPHABET.charAt(flags);
    })
    .join('');

/** An 18-character Id: the key prefix, "EM" for emulator, then the sequence number. */
export const salesforceId = (keyPrefix: string, sequence: number): string => {
  const id15 = `${keyPrefix}EM${String(sequence).padStart(15 - keyPrefix.length - 2, '0')}`;
  return id15 + caseSuffix(id15);
};
