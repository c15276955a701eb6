from fairgraph.cli import main

main()
