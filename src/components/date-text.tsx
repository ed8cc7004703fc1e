import { useFormat } from '../lib/use-format.ts';

/** A calendar date in the page's language: "5 November 2016", "5 de noviembre de 2016". */
export function DateText({ date, className }: { date: string; className?: string }) {
  const format = useFormat();
  return (
    <time dateTime={date} className={className}>
      {format.date(date)}
    </time>
  );
}
