// Replaces the generated RFC3339JavaTimeModule (skipped through .openapi-generator-ignore: it
// extends jsr310 classes that Debian does not package). No field of the contract is a date.
package tim.client;

import com.fasterxml.jackson.databind.module.SimpleModule;

public class RFC3339JavaTimeModule extends SimpleModule {
  public RFC3339JavaTimeModule() {
    super("RFC3339JavaTimeModule (empty stand-in)");
  }
}
