package org.dateline.api;

/** A request the API refuses: the HTTP status and a message naming the rule and the offending value. */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
