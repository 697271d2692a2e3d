package dev.mcpgen.samples.weather;

/**
 * Tomorrow's weather in a city.
 *
 * @param city the city
 * @param summary a few words, e.g. "light rain"
 * @param celsius the expected high, in degrees Celsius
 */
public record Forecast(String city, String summary, double celsius) {}
