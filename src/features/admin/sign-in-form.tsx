import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/form/error-summary.tsx';
import { TextField } from '../../components/form/inputs.tsx';
import { AdminApiError, adminJson, type AdminSession } from './admin-api.ts';
import { adminQueries } from './admin-queries.ts';

type Problems = { email?: string; password?: string; form?: string };

/** GOV.UK's sign-in pattern: two questions, one button, the same message for any mismatch. */
export function SignInForm() {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const signIn = useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      adminJson<AdminSession>('/sign-in', { method: 'POST', body: credentials }),
    onSuccess: (session) => queryClient.setQueryData(adminQueries.session().queryKey, session),
    onError: (error) => {
      setProblems({ form: error instanceof AdminApiError ? error.message : String(error) });
      setAttempt((n) => n + 1);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found: Problems = {
      ...(email ? {} : { email: 'Enter your email address' }),
      ...(password ? {} : { password: 'Enter your password' }),
    };
    setProblems(found);
    if (found.email || found.password) {
      setAttempt((n) => n + 1);
      return;
    }
    // The password field is emptied after each failed try, as sign-in pages do.
    signIn.mutate({ email, password });
  }

  const items: ErrorSummaryItem[] = [
    ...(problems.email ? [{ message: problems.email, targetId: 'admin-email' }] : []),
    ...(problems.password ? [{ message: problems.password, targetId: 'admin-password' }] : []),
    ...(problems.form ? [{ message: problems.form, targetId: 'admin-email' }] : []),
  ];

  return (
    <>
      <title>{`${items.length > 0 ? 'Error: ' : ''}Sign in – Membership secretary`}</title>
      {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
      <h1>Sign in to the membership desk</h1>
      <p>For the Peru Support Group’s membership secretary and helpers with an account.</p>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id="admin-email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="username"
          spellCheck={false}
          error={problems.email}
        />
        <TextField
          id="admin-password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={problems.password}
          key={attempt}
        />
        <button type="submit" className="button" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
      <p>Forgotten your password? Ask whoever looks after the website to set a new one for you.</p>
    </>
  );
}
