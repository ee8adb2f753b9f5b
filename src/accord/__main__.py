from accord.launcher import main

main()
