import { Trans } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';

/** Under each form: what happens to the answers, before the supporter sends them. */
export function PrivacyNoticeLink() {
  return (
    <p className="form-privacy">
      <Trans id="form.privacyNotice" components={{ 0: <Link to={paths.privacy()} /> }} />
    </p>
  );
}
