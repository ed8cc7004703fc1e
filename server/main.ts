import { buildApp } from './app.ts';
import { describeSettings, readConfig } from './config.ts';

/** How long in-flight requests get to finish after SIGINT/SIGTERM before the process quits. */
const SHUTDOWN_GRACE_MS = 10_000;

try {
  const config = readConfig();
  const app = await buildApp({
    distDir: config.distDir,
    databasePath: config.databasePath,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    ...(config.formSecret ? { formSecret: config.formSecret } : {}),
  });
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(`Peru Support Group site: ${address.replace('127.0.0.1', 'localhost')}`);
  console.log(`  site:     ${config.distDir}`);
  console.log(`  database: ${config.databasePath}`);
  console.log('Settings (environment variables):');
  for (const line of describeSettings()) console.log(line);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: finishing requests in progress, then closing the database.`);
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
