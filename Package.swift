// swift-tools-version:6.1
import Foundation
import PackageDescription

/// This package's folder, for linker flags that name files in it.
let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

/// Settings every Swift target shares (Swift 6 language mode is the package default).
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "fluidctl",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "fluidctl", targets: ["fluidctl"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
  ],
  targets: [
    // C libraries: one system-library target each, imported by exactly one Swift module.
    // Headers only: libcurl is loaded at first use (see Sources/CCurl/shim.h), not linked.
    .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]),
    .systemLibrary(
      name: "CNcurses", pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]),
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),

    .target(name: "FluidModel", swiftSettings: swiftSettings),
    .target(
      name: "FluidKit",
      dependencies: ["FluidModel", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings),
    .target(name: "FluidHTTP", dependencies: ["FluidKit", "CCurl"], swiftSettings: swiftSettings),
    .target(
      name: "FluidSimulator", dependencies: ["FluidKit", "CSQLite"], swiftSettings: swiftSettings),
    // The embedded cluster as a Kubernetes API server (`fluidctl sim serve`); the only NIO user.
    .target(
      name: "FluidServer",
      dependencies: [
        "FluidKit", "FluidSimulator", .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      swiftSettings: swiftSettings),
    // Widgets and the terminal: the only module importing CNcurses.
    .target(name: "FluidTUI", dependencies: ["CNcurses"], swiftSettings: swiftSettings),
    // `fluidctl top`: state, a pure reducer and a pure renderer over FluidTUI's frames.
    .target(name: "FluidDashboard", dependencies: ["FluidKit", "FluidTUI"], swiftSettings: swiftSettings),
    .target(
      name: "FluidCommands",
      dependencies: [
        "FluidKit", "FluidHTTP", "FluidSimulator", "FluidServer", "FluidDashboard", "FluidTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    // Release builds: `swift build -c release --static-swift-stdlib` (scripts/build.sh).
    // Release links: a fixed-address executable (no 100,000 start-up relocations) that exports no
    // symbols (Sources/fluidctl/exports.map). See DECISIONS.md, "Start-up".
    .executableTarget(
      name: "fluidctl", dependencies: ["FluidCommands"], exclude: ["exports.map"], swiftSettings: swiftSettings,
      linkerSettings: [
        .unsafeFlags(
          ["-Xlinker", "-no-pie", "-Xlinker", "--version-script=\(packageDirectory)/Sources/fluidctl/exports.map"],
          .when(configuration: .release))
      ]),

    .target(
      name: "FluidTestSupport", dependencies: ["FluidCommands", "FluidSimulator", "FluidKit"],
      path: "Tests/FluidTestSupport", swiftSettings: swiftSettings),
    .testTarget(name: "FluidModelTests", dependencies: ["FluidModel", "FluidTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FluidKitTests", dependencies: ["FluidKit", "FluidHTTP", "FluidTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FluidSimulatorTests", dependencies: ["FluidSimulator", "FluidTestSupport"],
      exclude: ["Golden"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FluidCommandsTests", dependencies: ["FluidCommands", "FluidServer", "FluidSimulator", "FluidTestSupport"],
      exclude: ["Golden"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FluidDashboardTests", dependencies: ["FluidDashboard", "FluidTUI", "FluidTestSupport"], exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ContractTests",
      dependencies: ["FluidHTTP", "FluidServer", "FluidSimulator", "FluidTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FluidctlEndToEndTests", dependencies: ["FluidTestSupport"], swiftSettings: swiftSettings),
  ]
)
