package dev.mcpgen.samples.simpletools;

/**
 * A temperature in a unit.
 *
 * @param value the temperature, rounded to two decimals
 * @param unit the unit of {@code value}
 */
public record Temperature(double value, TemperatureUnit unit) {
  public Temperature {
    value = Math.round(value * 100) / 100.0;
  }
}
