#include <iostream>

#include "tearline/cli.h"

int main(int argc, char** argv) { return tearline::RunCli(argc, argv, std::cout, std::cerr); }
