/**
 * A function that remembers its answers by key: the site names the same
 * days, numbers and strings thousands of times, and formatting them (`Intl`,
 * bidi isolation) is slow. Only for pure functions of the key.
 *
 * @example
 *   const dayText = remembered((day: string) => day, (day) => dayFormat.format(utc(day)));
 *   dayText('2023-11-21') // formatted once, then answered from memory
 */
export function remembered<T>(keyOf: (value: T) => string, format: (value: T) => string): (value: T) => string {
  const known = new Map<string, string>();
  return (value) => {
    const key = keyOf(value);
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = format(value)));
    return text;
  };
}
