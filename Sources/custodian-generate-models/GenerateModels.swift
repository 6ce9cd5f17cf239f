import ArgumentParser
import Custodian
import CustodianModelGeneration
import CustodianPolicyFiles
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `custodian-generate-models POLICY [--output FILE] [--access public|internal]`: writes the Swift
/// model types and identifiers of a policy's vocabulary (the tool the `CustodianModels` build
/// plugin runs). A policy without a vocabulary speaks the Hero Platform's; one whose vocabulary
/// declares no types gives a file of identifiers only.
@main
struct GenerateModels: ParsableCommand {
    /// The command's name and help.
    static let configuration = CommandConfiguration(
        commandName: "custodian-generate-models",
        abstract: "Generate the Swift model types and identifiers of a policy's vocabulary.",
        discussion: """
            The file is written only when its contents change (atomically: a temporary file in the \
            same folder, then a rename), so that a build does not recompile it needlessly. Exit \
            status 0 on success, 1 when the policy cannot be read or the file cannot be written.
            """)

    /// The access level of the generated declarations.
    enum Access: String, ExpressibleByArgument, CaseIterable {
        case `public`, `internal`
    }

    /// The policy document.
    @Argument(help: "A policy file (YAML or JSON).")
    var policy: String

    /// Where to write the generated file; standard output when absent.
    @Option(name: .long, help: ArgumentHelp("The Swift file to write. Default: standard output.", valueName: "file"))
    var output: String?

    /// The access level of the generated declarations.
    @Option(name: .long, help: "The access level of the generated declarations: public or internal.")
    var access: Access = .public

    /// Reads the policy, generates the file and writes it.
    func run() throws {
        do {
            let options = ModelGenerator.Options(accessLevel: access.rawValue)
            // Compiling validates what the engine relies on (no category declared twice, …);
            // `validate` what the generated Swift relies on (names that are identifiers, no clash).
            let policy = try PolicyFile.compile(contentsOf: URL(fileURLWithPath: self.policy)).policy
            let vocabulary = policy.vocabulary ?? .heroPlatform
            let problems = ModelGenerator.validate(vocabulary, options: options)
            guard problems.isEmpty else {
                throw GenerationError(problems.map { "\(self.policy): \($0)" }.joined(separator: "\nerror: "))
            }
            let source = ModelGenerator.file(for: vocabulary, policyID: policy.id, options: options)
            if let output {
                try Self.write(source, to: output)
            } else {
                FileHandle.standardOutput.write(Data(source.utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Writes `contents` to `path` unless the file already holds exactly that: to a new temporary
    /// file in the same folder, then renamed over `path`, so that a reader never sees half a file.
    static func write(_ contents: String, to path: String) throws {
        let data = Data(contents.utf8)
        let url = URL(fileURLWithPath: path)
        if let existing = try? Data(contentsOf: url), existing == data { return }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GenerationError("cannot create the folder '\(folder.path)' (\(error.localizedDescription))")
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GenerationError("cannot write '\(temporary.path)' (\(error.localizedDescription))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw GenerationError("cannot replace '\(path)' (\(reason))")
        }
    }
}

/// A failure to write the generated file, with its reason.
struct GenerationError: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String

    init(_ description: String) { self.description = description }
}
