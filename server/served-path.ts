import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/**
 * `path` with every symbolic link resolved, also when its last parts do not exist yet (a
 * database about to be created): the nearest existing folder is resolved and the rest joined.
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync.native(absolute);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(realPath(parent), basename(absolute));
}

export function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder + sep);
}

/** A URL path with a segment starting with "." (.env, .git/, .vite/): never served. */
export function hasDotSegment(urlPath: string): boolean {
  return urlPath.split('/').some((segment) => segment.startsWith('.'));
}

/**
 * Whether the file a URL path names may be served from `root` (already a real path): no
 * dotfiles, and no symbolic link that leads out of the folder. A path that does not exist is
 * allowed here: it is a 404 either way.
 */
export function isServable(root: string, urlPath: string): boolean {
  if (hasDotSegment(urlPath)) return false;
  const file = resolve(root, `.${urlPath}`);
  if (!isInside(root, file)) return false;
  return isInside(root, realPath(file));
}

/** Refuses a database the site would serve: its folder is published as it is. */
export function assertOutsideSite(distDir: string, databasePath: string): void {
  if (isInside(realPath(distDir), realPath(databasePath))) {
    throw new Error(
      `The database ${databasePath} is inside the served folder ${distDir}: anyone could download it. Set DATABASE to a path outside DIST_DIR.`,
    );
  }
}
