// A part of the casus screen whose toon throws at once: the casus screen shows a Dutch message in this part only.
export default function toon() {
  throw new Error('kapot deel (testplug-in)');
}
