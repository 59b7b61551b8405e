// A screen whose toon throws at once: the shell must show its Dutch message and go on (docs/webapp.md).
export default function toon() {
  throw new Error('kapot bij tonen (testplug-in)');
}
