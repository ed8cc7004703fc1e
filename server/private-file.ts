import { chmodSync, closeSync, openSync, writeSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from './database.ts';

/**
 * Writes supporters' data to a file only its owner can read (0600), whatever the umask, and
 * also when the file was already there with looser permissions.
 */
export function writePrivateFile(path: string, text: string): void {
  const fd = openSync(path, 'w', PRIVATE_FILE_MODE);
  try {
    // Before the first byte: an existing file keeps its old mode through open().
    chmodSync(path, PRIVATE_FILE_MODE);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
