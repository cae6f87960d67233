import { growthRatio } from './cpuTime';

/** The guard itself: it must tell a linear cost from a quadratic one, or the tests built on it prove nothing. */
describe('growthRatio', () => {
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

  it('reads about 2 for a linear step on twice the input', () => {
    const growth = growthRatio((size) => () => void linear(size)(), 200_000, 400_000);
    expect(growth).toBeGreaterThan(1.4);
    expect(growth).toBeLessThan(3);
  });

  it('reads about 4 for a quadratic step on twice the input', () => {
    expect(growthRatio((size) => () => void quadratic(size)(), 500, 1_000)).toBeGreaterThan(3);
  });
});
