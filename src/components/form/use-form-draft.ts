import { useCallback, useEffect, useState } from 'react';
import { newIdempotencyKey, readDraft, writeDraft, type ServerErrors } from './form-draft.ts';

export type InitialDraft<V> = {
  idempotencyKey: string;
  sentBody: string | undefined;
  values: V;
  serverErrors: ServerErrors | undefined;
};

/**
 * The answers a form starts with (the saved draft, or none) and a `save` that stores what the
 * supporter has typed under the same idempotency key. `enabled` is false while React hydrates
 * server-rendered HTML, so the first render matches the server's empty form.
 */
export function useFormDraft<V extends object>(
  name: string,
  parseValues: (raw: Record<string, unknown>) => V,
  enabled = true,
) {
  const [initial] = useState<InitialDraft<V>>(() => {
    const saved = enabled ? readDraft(name) : null;
    return {
      idempotencyKey: saved?.idempotencyKey ?? newIdempotencyKey(),
      sentBody: saved?.sentBody,
      values: parseValues(saved?.values ?? {}),
      serverErrors: saved?.serverErrors,
    };
  });

  const { idempotencyKey, sentBody } = initial;

  // The server's errors are shown once, when the form opens; forget them so that coming back to
  // the form later (the Back button) does not show them again.
  useEffect(() => {
    if (enabled && initial.serverErrors) {
      writeDraft(name, { idempotencyKey, sentBody, values: { ...(initial.values as object) } });
    }
  }, [enabled, idempotencyKey, initial, name, sentBody]);

  const save = useCallback(
    (values: object) => {
      if (!enabled) return;
      writeDraft(name, { idempotencyKey, sentBody, values: { ...values } });
    },
    [enabled, idempotencyKey, name, sentBody],
  );

  return { initial, save };
}
