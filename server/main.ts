import { buildApp } from './app.ts';
import { scheduleBackups } from './backup-schedule.ts';
import { describeSettings, readConfig } from './config.ts';
import { takeDatabaseLock } from './database-lock.ts';
import { loggerOptions } from './logging.ts';

/** How long in-flight requests get to finish after SIGINT/SIGTERM before the process quits. */
const SHUTDOWN_GRACE_MS = 10_000;

// Standard output carries the JSON log lines only; what a person reads goes to standard error.
try {
  const config = readConfig();
  // Held while the server runs, so `npm run restore` refuses instead of swapping the file.
  const releaseLock = takeDatabaseLock(config.databasePath, 'server');
  process.on('exit', releaseLock);
  const app = await buildApp({
    distDir: config.distDir,
    databasePath: config.databasePath,
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
    searchRateLimit: config.searchRateLimit,
    ...(config.formSecret ? { formSecret: config.formSecret } : {}),
  });
  const stopBackups = scheduleBackups(config.databasePath, config.backup, app.log);
  app.addHook('onClose', async () => stopBackups());
  const address = await app.listen({ port: config.port, host: config.host });
  console.error(`Peru Support Group site: ${address.replace('127.0.0.1', 'localhost')}`);
  console.error(`  site:     ${config.distDir}`);
  console.error(`  database: ${config.databasePath}`);
  console.error('Settings (environment variables):');
  for (const line of describeSettings()) console.error(line);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: finishing requests in progress, then closing the database.`);
      setTimeout(() => {
        console.error('Shutdown took too long; quitting anyway.');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
