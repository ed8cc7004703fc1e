import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';

/** Under each form: what happens to the answers, before the supporter sends them. */
export function PrivacyNoticeLink() {
  return (
    <p className="form-privacy">
      Our <Link to={paths.privacy()}>privacy notice</Link> says what we keep from this form, why,
      who sees it and for how long.
    </p>
  );
}
