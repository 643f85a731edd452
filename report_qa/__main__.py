import sys

from report_qa.cli import main

sys.exit(main())
