// Debian packages Jackson without its jsr310 module, which the `native` library's ApiClient
// registers unconditionally. The contract has no date or time fields, so the module has nothing
// to do: this stand-in (written for timrest's contract check) is an empty module.
package com.fasterxml.jackson.datatype.jsr310;

import com.fasterxml.jackson.databind.module.SimpleModule;

public class JavaTimeModule extends SimpleModule {
  public JavaTimeModule() {
    super("JavaTimeModule (empty stand-in)");
  }
}
