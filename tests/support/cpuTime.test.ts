import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from './cpuTime';

/** The guard itself: it must tell a linear cost from a quadratic one, or the tests built on it prove nothing. */
describe('growthExponent', () => {
  const linear = (size: number) => () => {
    let sum = 0;
    for (let index = 0; index < size; index += 1) sum += index % 7;
    return sum;
  };
  const quadratic = (size: number) => () => {
    let sum = 0;
    for (let outer = 0; outer < size; outer += 1) for (let inner = 0; inner < size; inner += 1) sum += (outer ^ inner) % 7;
    return sum;
  };

  it('reads about 1 for a linear step over eight times the input', () => {
    const exponent = growthExponent((size) => () => void linear(size)(), 100_000, 800_000);
    expect(exponent).toBeGreaterThan(0.7);
    expect(exponent).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });

  it('reads about 2 for a quadratic step over eight times the input', () => {
    expect(growthExponent((size) => () => void quadratic(size)(), 250, 2_000)).toBeGreaterThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});
