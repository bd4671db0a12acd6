"""The online assessment exam (seed 000 参加测评 and 学习): question bank, blueprints, papers, sessions and answers."""
