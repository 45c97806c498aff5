/** Text computed when it renders: in a menu's dropdown, that is when the menu opens. */
export function ReadOnOpen({ read }: { read: () => string }) {
  return read();
}
