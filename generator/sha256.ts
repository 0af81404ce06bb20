import crypto, { createHash } from 'node:crypto';

/** Node's one-shot hash where it has one (Node 20.12+: no Hash object made per call); the same digest as createHash. */
const oneShot = (crypto as { hash?: (algorithm: string, text: string) => string }).hash;

/** The sha256 of `text` (as UTF-8), in hex. */
export function sha256(text: string): string {
  return oneShot ? oneShot('sha256', text) : createHash('sha256').update(text).digest('hex');
}
