from pipeline.policy.model import Action, EntityRule, Policy, PolicyError, load_policy, policy_path, resolve_policy

__all__ = ["Action", "EntityRule", "Policy", "PolicyError", "load_policy", "policy_path", "resolve_policy"]
