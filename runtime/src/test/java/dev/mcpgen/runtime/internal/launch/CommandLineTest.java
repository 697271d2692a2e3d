package dev.mcpgen.runtime.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void noArgumentsServeTheOnlyServerOverStdioForTheLocalUser() throws LaunchException {
    assertEquals(new CommandLine("stdio", null, "local", false), CommandLine.parse());
  }

  @Test
  void optionsTakeTheirValueNextOrAfterAnEqualsSign() throws LaunchException {
    assertEquals(new CommandLine("stdio", "calc", "ada", false),
        CommandLine.parse("--server", "calc", "--user-id=ada"));
    assertEquals(new CommandLine("stdio", "calc", "local", false),
        CommandLine.parse("stdio", "--server=calc"));
  }

  @Test
  void helpIsAskedForEitherWay() throws LaunchException {
    assertTrue(CommandLine.parse("--help").help());
    assertTrue(CommandLine.parse("--server", "x", "-h").help());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    LaunchException e = assertThrows(LaunchException.class, () -> CommandLine.parse("--bogus"));
    assertEquals("unknown option --bogus", e.getMessage());
    assertEquals(2, e.exitCode());
    assertTrue(e.showUsage());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals("unknown command serve",
        assertThrows(LaunchException.class, () -> CommandLine.parse("serve")).getMessage());
    assertEquals("unknown command stdio",
        assertThrows(LaunchException.class, () -> CommandLine.parse("stdio", "stdio"))
            .getMessage());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertEquals("--server needs a value",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--server")).getMessage());
    assertEquals("--user-id needs a value",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--user-id", "--server", "x"))
            .getMessage());
    assertEquals("--user-id needs a value",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--user-id=")).getMessage());
  }

  @Test
  void httpTakesAnAddressAPortAndAllowLists() throws LaunchException {
    CommandLine http = CommandLine.parse("http", "--port", "0", "--host=0.0.0.0",
        "--allowed-origin", "https://a.example", "--allowed-origin=https://b.example",
        "--allowed-host", "mcp.example");
    assertEquals("http", http.command());
    assertEquals(new CommandLine.Http("0.0.0.0", 0, java.util.List.of("https://a.example",
        "https://b.example"), java.util.List.of("mcp.example")), http.http());
    assertEquals(CommandLine.Http.DEFAULTS, CommandLine.parse("http").http());
    assertEquals(8000, CommandLine.Http.DEFAULTS.port());
    assertEquals("127.0.0.1", CommandLine.Http.DEFAULTS.host());
  }

  @Test
  void httpOptionsBelongToTheHttpCommand() {
    assertEquals("--host, --port, --allowed-origin and --allowed-host are options of the http "
        + "command",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--port", "9000"))
            .getMessage());
    assertEquals("--port needs a port number from 0 to 65535, got 70000",
        assertThrows(LaunchException.class, () -> CommandLine.parse("http", "--port", "70000"))
            .getMessage());
  }
}
