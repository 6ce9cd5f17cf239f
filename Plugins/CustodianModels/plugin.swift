import Foundation
import PackagePlugin

/// Generates the model types and identifiers of every policy document in a target: for each file
/// of the target named `<name>.custodian.yaml` or `<name>.custodian.json`, a build command runs
/// `custodian-generate-models` to write `<name>Models.swift` into the plugin's work folder, which
/// the target then compiles. The command runs again only when the policy changes.
@main
struct CustodianModels: BuildToolPlugin {
    /// The endings that mark a file as a policy to generate models from.
    static let policySuffixes = [".custodian.yaml", ".custodian.json"]

    /// One build command for each policy document of `target`; none for a target without source
    /// files.
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let policies = module.sourceFiles.filter { file in
            Self.policySuffixes.contains { file.url.lastPathComponent.hasSuffix($0) }
        }
        guard !policies.isEmpty else { return [] }
        let tool = try context.tool(named: "custodian-generate-models")
        return policies.map { file in
            let input = file.url
            let name = input.lastPathComponent
            let suffix = Self.policySuffixes.first { name.hasSuffix($0) }!
            let basename = String(name.dropLast(suffix.count))
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(basename)Models.swift")
            return .buildCommand(
                displayName: "Generating \(output.lastPathComponent) from \(name)",
                executable: tool.url,
                arguments: [input.path, "--output", output.path],
                inputFiles: [input],
                outputFiles: [output])
        }
    }
}
