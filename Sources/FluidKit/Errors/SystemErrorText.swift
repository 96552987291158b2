import Foundation

/// One readable phrase for an error from the file system or the C library, as `strerror` words
/// it ("Permission denied", "No such file or directory"): never a Swift type or an `NSError`
/// domain.
public enum SystemErrorText {
  public static func of(_ error: any Error) -> String {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return posix(Int32(ns.code)) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
      let u = underlying as NSError
      if u.domain == NSPOSIXErrorDomain { return posix(Int32(u.code)) }
    }
    switch CocoaError.Code(rawValue: ns.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return posix(ENOENT)
    case .fileWriteNoPermission, .fileReadNoPermission: return posix(EACCES)
    case .fileWriteOutOfSpace: return posix(ENOSPC)
    case .fileWriteVolumeReadOnly: return posix(EROFS)
    case .fileReadInapplicableStringEncoding: return "not UTF-8 text"
    default: return posix(EIO)
    }
  }

  /// Whether `error` comes from Foundation's file system calls or the C library (an `NSError`
  /// of the Cocoa or POSIX domain), which `of` words.
  public static func isSystemError(_ error: any Error) -> Bool {
    let domain = (error as NSError).domain
    return domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain
  }

  /// `strerror(code)`.
  public static func posix(_ code: Int32) -> String { String(cString: strerror(code)) }
}
