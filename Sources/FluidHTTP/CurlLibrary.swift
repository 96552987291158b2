internal import CCurl
public import FluidKit

/// libcurl, loaded on first use (see `Sources/CCurl/shim.h` for why it is not linked).
public enum CurlLibrary {
  /// Loads libcurl if needed; throws `FluidError.local` with the reason when it cannot be.
  static func api() throws -> UnsafePointer<fluid_curl_api> {
    guard let api = fluid_curl() else {
      throw FluidError.local(fluid_curl_error().map { String(cString: $0) } ?? "libcurl could not be loaded")
    }
    return api
  }

  /// libcurl's version and TLS backend, for `fluidctl version -v` and diagnostics
  /// (`8.1.2 (OpenSSL/3.0.11)`). Loads the library.
  public static func versionDescription() throws -> String {
    let api = try api()
    guard let info = api.pointee.version_info(fluid_curl_version_now()) else { return "unknown" }
    let version = info.pointee.version.map { String(cString: $0) } ?? "unknown"
    let ssl = info.pointee.ssl_version.map { String(cString: $0) } ?? "no TLS"
    return "\(version) (\(ssl))"
  }
}
