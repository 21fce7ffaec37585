// gson-fire (used by okhttp-gson's JSON class for discriminator-based polymorphism) is not
// packaged by Debian. The contract has no discriminators, so type selectors are never needed:
// this stand-in (written for timrest's contract check) hands back a plain GsonBuilder.
package io.gsonfire;

import com.google.gson.GsonBuilder;

public class GsonFireBuilder {
  public <T> GsonFireBuilder registerTypeSelector(Class<T> type, TypeSelector<? extends T> selector) {
    return this;
  }

  public GsonBuilder createGsonBuilder() {
    return new GsonBuilder();
  }
}
