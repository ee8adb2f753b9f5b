from accord.cli.launcher import main

main()
