// The `herald` command's subcommands register themselves here, one file each.
//
// A subcommand file defines a configure function that adds its options to a CLI11
// subcommand and returns the function that runs it, then registers both with
// HERALD_REGISTER_COMMAND. main() builds the parser from the registry, so adding a
// subcommand never touches another file.
//
// Exit codes shared by every subcommand: 0 ok; 1 bad input (reported after processing what
// could be processed); 2 usage error.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace herald::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

using RunFunction = std::function<int()>;
using ConfigureFunction = std::function<RunFunction(CLI::App& subcommand)>;

struct Command {
  std::string name;
  std::string summary;
  ConfigureFunction configure;
  int order = 100;  // position in --help; lower first
};

std::vector<Command>& command_registry();

struct CommandRegistrar {
  explicit CommandRegistrar(Command command) { command_registry().push_back(std::move(command)); }
};

}  // namespace herald::cli

#define HERALD_CLI_CONCAT_INNER(a, b) a##b
#define HERALD_CLI_CONCAT(a, b) HERALD_CLI_CONCAT_INNER(a, b)
// HERALD_REGISTER_COMMAND({"code", "Code events from articles", configure_code, 10});
#define HERALD_REGISTER_COMMAND(...)                                                  \
  static const ::herald::cli::CommandRegistrar HERALD_CLI_CONCAT(herald_command_, \
                                                                 __LINE__)(::herald::cli::Command __VA_ARGS__)
